using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.People;

namespace ThiDua.Application.Awards.ImportUnitAward;

/// <summary>Shape of an imported award; catalogue and recipient-kind rules are the aggregate's (422).</summary>
public sealed class ImportUnitAwardCommandValidator : AbstractValidator<ImportUnitAwardCommand>
{
    public ImportUnitAwardCommandValidator()
    {
        RuleFor(x => x.AwardTypeCode).NotEmpty().MaximumLength(64);
        RuleFor(x => x.StatisticsRecipientCategory).IsInEnum();
        RuleFor(x => x.StatisticsAwardMethod).IsInEnum();
        RuleFor(x => x.Year).AchievementYear();
        RuleFor(x => x.CommendationType).IsInEnum();
        RuleFor(x => x.Decision).NotNull().SetValidator(new DocumentInputValidator());
    }
}
