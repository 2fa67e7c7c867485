using FluentValidation;
using ThiDua.Application.Common.Validation;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.People;

namespace ThiDua.Application.Awards.ImportPersonAward;

/// <summary>Shape of an imported award; catalogue and recipient-kind rules are the aggregate's (422).</summary>
public sealed class ImportPersonAwardCommandValidator : AbstractValidator<ImportPersonAwardCommand>
{
    public ImportPersonAwardCommandValidator()
    {
        RuleFor(x => x.AwardTypeCode).NotEmpty().MaximumLength(64);
        RuleFor(x => x.StatisticsRecipientCategory).IsInEnum();
        RuleFor(x => x.StatisticsAwardMethod).IsInEnum();
        RuleFor(x => x.Year).AchievementYear();
        RuleFor(x => x.CommendationType).IsInEnum();
        RuleFor(x => x.Decision).NotNull().SetValidator(new DocumentInputValidator());
        RuleFor(x => x.BasisInitiativeIds).MaxItems(10).WithMessage("Tối đa 10 mã sáng kiến.", "At most 10 initiative ids.");
        RuleFor(x => x.BasisInitiativeIds).Must(ids => ids!.Count > 10 || ids.All(id => id != Guid.Empty))
            .WithMessage("Tối đa 10 mã sáng kiến.", "At most 10 initiative ids.").When(x => x.BasisInitiativeIds is not null);
    }
}
