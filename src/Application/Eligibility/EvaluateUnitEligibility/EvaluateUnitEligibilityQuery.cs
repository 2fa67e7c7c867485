using Mediator;

namespace ThiDua.Application.Eligibility.EvaluateUnitEligibility;

/// <summary>Evaluates a unit for a collective award type and year, rule by rule.</summary>
public sealed record EvaluateUnitEligibilityQuery(Guid UnitId, EligibilityRequest Request) : IQuery<Results.EligibilityResult>;
