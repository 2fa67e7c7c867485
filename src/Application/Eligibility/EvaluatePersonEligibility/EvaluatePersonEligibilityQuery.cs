using Mediator;

namespace ThiDua.Application.Eligibility.EvaluatePersonEligibility;

/// <summary>Evaluates a person for an individual award type and year, rule by rule.</summary>
public sealed record EvaluatePersonEligibilityQuery(Guid PersonId, EligibilityRequest Request) : IQuery<Results.EligibilityResult>;
