using ThiDua.Domain.Common;

namespace ThiDua.Domain.Units.Events;

/// <summary>
/// A unit stopped existing on its own (merged into a successor or dissolved) from <paramref name="EffectiveOn"/>.
/// </summary>
public sealed record UnitLeftOrganisationDomainEvent(
    UnitId UnitId,
    UnitStatus NewStatus,
    DateOnly EffectiveOn,
    UnitId? SuccessorId) : IDomainEvent;
