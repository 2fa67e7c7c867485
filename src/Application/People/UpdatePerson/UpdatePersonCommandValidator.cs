using FluentValidation;
using ThiDua.Domain.People;

namespace ThiDua.Application.People.UpdatePerson;

public sealed class UpdatePersonCommandValidator : AbstractValidator<UpdatePersonCommand>
{
    public UpdatePersonCommandValidator()
    {
        RuleFor(x => x.FullName).PersonName();
        RuleFor(x => x.Gender).IsInEnum();
        RuleFor(x => x.BirthDate).BirthDate();
        RuleFor(x => x.CitizenId).CitizenId();
        RuleFor(x => x.CivilServantCode).MaximumLength(Person.CivilServantCodeMaxLength);
    }
}
