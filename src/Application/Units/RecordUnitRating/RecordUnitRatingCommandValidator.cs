using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.People;

namespace ThiDua.Application.Units.RecordUnitRating;

public sealed class RecordUnitRatingCommandValidator : AbstractValidator<RecordUnitRatingCommand>
{
    public RecordUnitRatingCommandValidator()
    {
        RuleFor(x => x.Year).AchievementYear();
        RuleFor(x => x.Rating).IsInEnum();
        RuleFor(x => x.Document!).SetValidator(new DocumentInputValidator()).When(x => x.Document is not null);
    }
}
