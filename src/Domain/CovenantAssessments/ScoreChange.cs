using ThiDua.Domain.Common;
namespace ThiDua.Domain.CovenantAssessments;

/// <summary>One recorded change of one scored item: nothing is overwritten without this trace.</summary>
public sealed class ScoreChange
{
    public const int ReasonMaxLength = 1000;

    private ScoreChange()
    {
    }

    public Guid Id { get; private set; }

    /// <summary><c>criterion:CODE</c>, <c>bonus:CODE</c>, <c>penalty:CODE</c>.</summary>
    public string Item { get; private set; } = null!;

    public decimal? OldValue { get; private set; }

    public decimal? NewValue { get; private set; }

    public string? Reason { get; private set; }

    public string ChangedBy { get; private set; } = null!;

    public DateTimeOffset ChangedAt { get; private set; }

    internal static ScoreChange Create(string item, decimal? oldValue, decimal? newValue, string? reason, string changedBy, DateTimeOffset now) =>
        new()
        {
            Id = EntityIds.New(),
            Item = item,
            OldValue = oldValue,
            NewValue = newValue,
            Reason = reason,
            ChangedBy = changedBy,
            ChangedAt = now,
        };
}
