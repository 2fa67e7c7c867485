using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units.RecordLineageEvent;

/// <summary>
/// Records a reorganisation step of a unit: merge (into <c>SuccessorId</c>), rename (to <c>NewName</c>),
/// transfer (under <c>NewParentId</c>) or dissolve, with its effective date and legal basis. Returns the unit as changed.
/// </summary>
public sealed record RecordLineageEventCommand(
    Guid UnitId,
    LineageEventType Type,
    DateOnly EffectiveOn,
    DocumentInput LegalBasis,
    string? NewName,
    string? NewShortName,
    Guid? NewParentId,
    Guid? SuccessorId,
    string? Note,
    uint? ExpectedVersion) : ICommand<UnitDetailsDocument>, IVersionedCommand, ILockingCommand
{
    /// <summary>
    /// The unit changes; the successor or new parent is held unchanged (its history is written too). A transfer also
    /// takes the hierarchy first, so that two transfers cannot together create a cycle.
    /// </summary>
    public IEnumerable<DeclaredLock> Locks
    {
        get
        {
            if (Type == LineageEventType.Transfer)
            {
                yield return DeclaredLock.UnitHierarchy();
            }

            yield return DeclaredLock.ForChange(LockedResource.Unit, UnitId);
            if (Type == LineageEventType.Merge && SuccessorId is { } successor)
            {
                yield return DeclaredLock.ForReference(LockedResource.Unit, successor);
            }

            if (Type == LineageEventType.Transfer && NewParentId is { } parent)
            {
                yield return DeclaredLock.ForReference(LockedResource.Unit, parent);
            }
        }
    }
}
