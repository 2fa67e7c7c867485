using Mediator;

namespace ThiDua.Application.Covenants.GetUnitAssessments;

/// <summary>Every assessment of one unit under a covenant, with the change history.</summary>
public sealed record GetUnitAssessmentsQuery(Guid CovenantId, Guid UnitId) : IQuery<UnitAssessmentsDto>;
