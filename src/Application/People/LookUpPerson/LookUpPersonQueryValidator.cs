using FluentValidation;

namespace ThiDua.Application.People.LookUpPerson;

public sealed class LookUpPersonQueryValidator : AbstractValidator<LookUpPersonQuery>
{
    public LookUpPersonQueryValidator()
    {
        RuleFor(x => x.CitizenId).CitizenId().OverridePropertyName("citizenId");
    }
}
