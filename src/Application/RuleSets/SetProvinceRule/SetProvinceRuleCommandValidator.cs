using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.People;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.RuleSets.SetProvinceRule;

public sealed class SetProvinceRuleCommandValidator : AbstractValidator<SetProvinceRuleCommand>
{
    public SetProvinceRuleCommandValidator()
    {
        RuleFor(x => x.Province).NotEmpty().MaximumLength(100);
        RuleFor(x => x.EffectiveFrom).RecordDate();
        RuleFor(x => x.AdvancedCollectiveMemberShare).GreaterThan(0).LessThanOrEqualTo(1);
        RuleFor(x => x.LegalBasis).NotNull().SetValidator(new DocumentInputValidator());
        RuleFor(x => x.Article).NotEmpty().MaximumLength(ProvinceParameters.ArticleMaxLength);
    }
}
