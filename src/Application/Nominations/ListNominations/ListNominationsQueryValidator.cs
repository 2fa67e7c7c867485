using FluentValidation;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.Nominations.ListNominations;

public sealed class ListNominationsQueryValidator : AbstractValidator<ListNominationsQuery>
{
    public ListNominationsQueryValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(1945, 2100).OverridePropertyName("year").When(x => x.Year is not null);
        RuleFor(x => x.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
    }
}
