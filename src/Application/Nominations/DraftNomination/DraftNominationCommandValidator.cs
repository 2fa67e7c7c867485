using FluentValidation;
using ThiDua.Application.People;
using ThiDua.Domain.Nominations;

namespace ThiDua.Application.Nominations.DraftNomination;

public sealed class DraftNominationCommandValidator : AbstractValidator<DraftNominationCommand>
{
    public DraftNominationCommandValidator()
    {
        RuleFor(x => x.ProposingUnitId).NotEmpty();
        RuleFor(x => x.Year).AchievementYear();
        RuleFor(x => x.CommendationType).IsInEnum();
        RuleFor(x => x.Title).NotEmpty().MaximumLength(Nomination.TitleMaxLength);
    }
}
