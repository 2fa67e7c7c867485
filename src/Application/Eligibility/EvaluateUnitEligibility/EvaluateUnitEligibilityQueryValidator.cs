using FluentValidation;

namespace ThiDua.Application.Eligibility.EvaluateUnitEligibility;

public sealed class EvaluateUnitEligibilityQueryValidator : AbstractValidator<EvaluateUnitEligibilityQuery>
{
    public EvaluateUnitEligibilityQueryValidator() =>
        RuleFor(x => x.Request).SetValidator(new EligibilityRequestValidator()).OverridePropertyName(string.Empty);
}
