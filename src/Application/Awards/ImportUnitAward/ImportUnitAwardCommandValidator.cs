namespace ThiDua.Application.Awards.ImportUnitAward;

public sealed class ImportUnitAwardCommandValidator : AwardImportValidator<ImportUnitAwardCommand>
{
    public ImportUnitAwardCommandValidator() => AwardRules(x => x.AwardTypeCode, x => x.Year, x => x.CommendationType, x => x.Decision);
}
