using Mediator;
using ThiDua.Domain.Eligibility;

namespace ThiDua.Application.Eligibility.EvaluatePersonEligibility;

/// <summary>Evaluates a person for an individual award type and year, rule by rule.</summary>
public sealed record EvaluatePersonEligibilityQuery(Guid PersonId, EligibilityRequest Request) : IQuery<EligibilityResult>;
