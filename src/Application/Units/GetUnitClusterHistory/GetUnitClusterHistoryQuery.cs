using Mediator;

namespace ThiDua.Application.Units.GetUnitClusterHistory;

/// <summary>Every cluster and block the unit belonged to, newest year first.</summary>
public sealed record GetUnitClusterHistoryQuery(Guid UnitId) : IQuery<IReadOnlyList<UnitClusterMembershipDto>>;
