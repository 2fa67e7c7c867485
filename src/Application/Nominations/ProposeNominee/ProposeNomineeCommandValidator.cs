using ThiDua.Application.Common.Documents;
using FluentValidation;
using ThiDua.Application.Common.Validation;
using ThiDua.Domain.Nominations;

namespace ThiDua.Application.Nominations.ProposeNominee;

public sealed class ProposeNomineeCommandValidator : AbstractValidator<ProposeNomineeCommand>
{
    public ProposeNomineeCommandValidator()
    {
        RuleFor(x => x.AchievementReport!).SetValidator(new DocumentInputValidator()).When(x => x.AchievementReport is not null);
        RuleFor(x => x).Must(x => (x.PersonId is null) != (x.UnitId is null))
            .WithMessage("Nêu cá nhân (personId) hoặc tập thể (unitId).", "Name either a person (personId) or a collective (unitId).").OverridePropertyName("personId");
        RuleFor(x => x.AwardTypeCode).NotEmpty().MaximumLength(64);
        RuleFor(x => x.AchievementSummary).NotEmpty().MaximumLength(NominationLine.SummaryMaxLength);
        RuleFor(x => x.Evidence).MaxItems(50).WithMessage("Tối đa 50 tài liệu minh chứng, mỗi tài liệu tối đa 500 ký tự.", "At most 50 evidence items of at most 500 characters.");
        RuleForEach(x => x.Evidence).NotEmpty().MaximumLength(500).WithMessage("Tối đa 50 tài liệu minh chứng, mỗi tài liệu tối đa 500 ký tự.", "At most 50 evidence items of at most 500 characters.");
        RuleFor(x => x.BasisInitiativeIds).MaxItems(10).WithMessage("Tối đa 10 mã sáng kiến.", "At most 10 initiative ids.");
        RuleFor(x => x.BasisInitiativeIds).Must(ids => ids!.Count > 10 || ids.All(id => id != Guid.Empty))
            .WithMessage("Tối đa 10 mã sáng kiến.", "At most 10 initiative ids.").When(x => x.BasisInitiativeIds is not null);
        RuleFor(x => x.Justification).MaximumLength(NominationLine.JustificationMaxLength);
    }
}
