using FluentValidation;

namespace ThiDua.Application.Awards.ImportPersonAward;

public sealed class ImportPersonAwardCommandValidator : AwardImportValidator<ImportPersonAwardCommand>
{
    public ImportPersonAwardCommandValidator()
    {
        AwardRules(x => x.AwardTypeCode, x => x.Year, x => x.CommendationType, x => x.Decision);
        RuleFor(x => x.BasisInitiativeIds).Must(ids => ids!.Count <= 10 && ids.All(id => id != Guid.Empty))
            .WithMessage("At most 10 initiative ids.").When(x => x.BasisInitiativeIds is not null);
    }
}
