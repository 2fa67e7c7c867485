using FluentValidation;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.People.ListPeople;

public sealed class ListPeopleQueryValidator : AbstractValidator<ListPeopleQuery>
{
    public ListPeopleQueryValidator()
    {
        RuleFor(x => x.Q).MaximumLength(200).OverridePropertyName("q");
        RuleFor(x => x.CitizenId).CitizenId().OverridePropertyName("citizenId");
        RuleFor(x => x.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
    }
}
