using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units.RecordLineageEvent;

/// <summary>
/// Records a reorganisation step of a unit: merge (into <c>SuccessorId</c>), rename (to <c>NewName</c>),
/// transfer (under <c>NewParentId</c>) or dissolve, with its effective date and legal basis. Returns the event id.
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
    uint? ExpectedVersion) : ICommand<Guid>, IVersionedCommand;
