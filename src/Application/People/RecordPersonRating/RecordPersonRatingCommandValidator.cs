using FluentValidation;
using ThiDua.Application.Common.Documents;

namespace ThiDua.Application.People.RecordPersonRating;

public sealed class RecordPersonRatingCommandValidator : AbstractValidator<RecordPersonRatingCommand>
{
    public RecordPersonRatingCommandValidator()
    {
        RuleFor(x => x.Year).AchievementYear();
        RuleFor(x => x.Rating).IsInEnum();
        RuleFor(x => x.Document!).SetValidator(new DocumentInputValidator()).When(x => x.Document is not null);
    }
}
