using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.People;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.RuleSets.SetProvinceParameters;

public sealed class SetProvinceParametersCommandValidator : AbstractValidator<SetProvinceParametersCommand>
{
    public SetProvinceParametersCommandValidator()
    {
        RuleFor(x => x.Province).NotEmpty().MaximumLength(ProvinceParameters.ProvinceMaxLength);
        RuleFor(x => x.EffectiveFrom).RecordDate();
        RuleFor(x => x.LegalBasis).NotNull().SetValidator(new DocumentInputValidator());
        RuleFor(x => x.Values).NotNull();
        RuleFor(x => x.Values.AdvancedCollectiveShare).SetValidator(new ShareValidator()!).When(x => x.Values?.AdvancedCollectiveShare is not null);
        RuleFor(x => x.Values.ExcellentCollectiveShare).SetValidator(new ShareValidator()!).When(x => x.Values?.ExcellentCollectiveShare is not null);
        RuleFor(x => x.Values.AwardSessionAttendance!.Share).GreaterThan(0).LessThanOrEqualTo(1)
            .OverridePropertyName("awardSessionAttendance.share").When(x => x.Values?.AwardSessionAttendance is not null);
        RuleFor(x => x.Values.AwardSessionAttendance!.Article).NotEmpty().MaximumLength(ProvinceParameters.ArticleMaxLength)
            .OverridePropertyName("awardSessionAttendance.article").When(x => x.Values?.AwardSessionAttendance is not null);
        RuleFor(x => x.Values.EmulationRegistration!.Article).NotEmpty().MaximumLength(ProvinceParameters.ArticleMaxLength)
            .OverridePropertyName("emulationRegistration.article").When(x => x.Values?.EmulationRegistration is not null);
        RuleFor(x => x.Values.ProvincialFlagArticle).MaximumLength(ProvinceParameters.ArticleMaxLength)
            .OverridePropertyName("provincialFlagArticle").When(x => x.Values is not null);
    }

    private sealed class ShareValidator : AbstractValidator<MemberShareParameter>
    {
        public ShareValidator()
        {
            RuleFor(x => x.Share).GreaterThan(0).LessThanOrEqualTo(1);
            RuleFor(x => x.Article).NotEmpty().MaximumLength(ProvinceParameters.ArticleMaxLength);
        }
    }
}
