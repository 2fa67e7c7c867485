using Mediator;

namespace ThiDua.Application.Units.GetUnitById;

/// <summary>A unit with its parent, successor, predecessors and lineage.</summary>
public sealed record GetUnitByIdQuery(Guid Id) : IQuery<UnitDetailsDocument>;
