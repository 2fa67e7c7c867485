using FluentValidation;

namespace ThiDua.Application.Eligibility.EvaluatePersonEligibility;

public sealed class EvaluatePersonEligibilityQueryValidator : AbstractValidator<EvaluatePersonEligibilityQuery>
{
    public EvaluatePersonEligibilityQueryValidator() =>
        RuleFor(x => x.Request).SetValidator(new EligibilityRequestValidator()).OverridePropertyName(string.Empty);
}
