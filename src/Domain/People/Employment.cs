using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.People;

/// <summary>A period in which the person worked at a unit in a position (effective-dated, domain.md §8.7).</summary>
public sealed class Employment
{
    public const int PositionMaxLength = 200;

    private Employment()
    {
    }

    public Guid Id { get; private set; }

    public UnitId UnitId { get; private set; }

    public string Position { get; private set; } = null!;

    public DateOnly From { get; private set; }

    /// <summary>The last day at the unit; null while the person still works there.</summary>
    public DateOnly? To { get; private set; }

    public bool Covers(int year) => From.Year <= year && (To is null || To.Value.Year >= year);

    internal static Employment Start(UnitId unitId, string position, DateOnly from) =>
        new() { Id = EntityIds.New(), UnitId = unitId, Position = position, From = from };

    internal void End(DateOnly lastDay) => To = lastDay;
}
