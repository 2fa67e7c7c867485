using FluentValidation;
using ThiDua.Domain.Nominations;

namespace ThiDua.Application.Nominations.ProposeNominee;

public sealed class ProposeNomineeCommandValidator : AbstractValidator<ProposeNomineeCommand>
{
    public ProposeNomineeCommandValidator()
    {
        RuleFor(x => x).Must(x => (x.PersonId is null) != (x.UnitId is null))
            .WithMessage("Name either a person (personId) or a collective (unitId).").OverridePropertyName("personId");
        RuleFor(x => x.AwardTypeCode).NotEmpty().MaximumLength(64);
        RuleFor(x => x.AchievementSummary).NotEmpty().MaximumLength(NominationLine.SummaryMaxLength);
        RuleFor(x => x.Evidence).Must(e => e!.Count <= 50 && e.All(s => !string.IsNullOrWhiteSpace(s) && s.Length <= 500))
            .WithMessage("At most 50 evidence items of at most 500 characters.").When(x => x.Evidence is not null);
        RuleFor(x => x.BasisInitiativeIds).Must(ids => ids!.Count <= 10 && ids.All(id => id != Guid.Empty))
            .WithMessage("At most 10 initiative ids.").When(x => x.BasisInitiativeIds is not null);
        RuleFor(x => x.Justification).MaximumLength(NominationLine.JustificationMaxLength);
    }
}
