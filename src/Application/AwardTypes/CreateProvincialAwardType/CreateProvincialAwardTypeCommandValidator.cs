using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Validation;
using ThiDua.Application.People;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.AwardTypes.CreateProvincialAwardType;

public sealed class CreateProvincialAwardTypeCommandValidator : AbstractValidator<CreateProvincialAwardTypeCommand>
{
    public const string CodePattern = "^[A-Za-z][A-Za-z0-9_]*$";

    public CreateProvincialAwardTypeCommandValidator()
    {
        RuleFor(x => x.Province).NotEmpty().MaximumLength(ProvinceParameters.ProvinceMaxLength);
        RuleFor(x => x.Code).NotEmpty().MaximumLength(ProvincialAwardType.CodeMaxLength).Matches(CodePattern)
            .WithMessage("Mã gồm chữ cái, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái (ví dụ HN_CONG_DAN_THU_DO_UU_TU).", "A code is letters, digits and underscores, starting with a letter (e.g. HN_CONG_DAN_THU_DO_UU_TU).");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(ProvincialAwardType.NameMaxLength);
        RuleFor(x => x.RecipientKind).IsInEnum();
        RuleFor(x => x.Category).IsInEnum();
        RuleFor(x => x.Level).IsInEnum();
        RuleFor(x => x.ConferringAuthority).NotEmpty().MaximumLength(ProvincialAwardType.TextMaxLength);
        RuleFor(x => x.EffectiveFrom).RecordDate();
        RuleFor(x => x.EffectiveTo!.Value).RecordDate().OverridePropertyName("effectiveTo").When(x => x.EffectiveTo is not null);
        RuleFor(x => x.LegalBasis).NotNull().SetValidator(new DocumentInputValidator());
        RuleFor(x => x.Article).NotEmpty().MaximumLength(ProvinceParameters.ArticleMaxLength);
        RuleFor(x => x.BonusCoefficient).GreaterThanOrEqualTo(0).LessThanOrEqualTo(1000);
        RuleFor(x => x.BonusBasis).NotEmpty().MaximumLength(ProvincialAwardType.TextMaxLength);
        RuleFor(x => x.VoteShare).GreaterThan(0).LessThanOrEqualTo(1);
        RuleFor(x => x.VoteBasis).NotEmpty().MaximumLength(ProvincialAwardType.TextMaxLength);
    }
}
