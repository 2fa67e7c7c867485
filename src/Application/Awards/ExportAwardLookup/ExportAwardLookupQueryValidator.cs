using FluentValidation;
using ThiDua.Application.Awards.LookUpAwards;

namespace ThiDua.Application.Awards.ExportAwardLookup;

public sealed class ExportAwardLookupQueryValidator : AbstractValidator<ExportAwardLookupQuery>
{
    public ExportAwardLookupQueryValidator()
    {
        RuleFor(x => x.Filter).SetValidator(new AwardLookupFilterValidator()).OverridePropertyName(string.Empty);
    }
}
