using ThiDua.Domain.Common;

namespace ThiDua.Domain.Units;

/// <summary>
/// One recorded reorganisation step of a unit, with its effective date and legal basis
/// (the decision that ordered it). Lineage events are never edited or removed.
/// </summary>
public sealed class UnitLineageEvent
{
    public const int NoteMaxLength = 1000;

    private UnitLineageEvent()
    {
    }

    public Guid Id { get; private set; }

    public LineageEventType Type { get; private set; }

    public DateOnly EffectiveOn { get; private set; }

    public DocumentReference LegalBasis { get; private set; } = null!;

    public string? PreviousName { get; private set; }

    public string? NewName { get; private set; }

    public UnitId? PreviousParentId { get; private set; }

    public UnitId? NewParentId { get; private set; }

    public UnitId? SuccessorId { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    internal static UnitLineageEvent Create(
        LineageEventType type,
        DateOnly effectiveOn,
        DocumentReference legalBasis,
        string? note,
        DateTimeOffset now,
        string? previousName = null,
        string? newName = null,
        UnitId? previousParentId = null,
        UnitId? newParentId = null,
        UnitId? successorId = null) =>
        new()
        {
            Id = EntityIds.New(),
            Type = type,
            EffectiveOn = effectiveOn,
            LegalBasis = legalBasis,
            Note = Text.CleanOptional(note),
            RecordedAt = now,
            PreviousName = previousName,
            NewName = newName,
            PreviousParentId = previousParentId,
            NewParentId = newParentId,
            SuccessorId = successorId,
        };
}
