using FluentValidation;
using ThiDua.Domain.People;

namespace ThiDua.Application.People.RegisterPerson;

public sealed class RegisterPersonCommandValidator : AbstractValidator<RegisterPersonCommand>
{
    public RegisterPersonCommandValidator()
    {
        RuleFor(x => x.FullName).PersonName();
        RuleFor(x => x.Gender).IsInEnum();
        RuleFor(x => x.BirthDate).BirthDate();
        RuleFor(x => x.CitizenId).CitizenId();
        RuleFor(x => x.CivilServantCode).MaximumLength(Person.CivilServantCodeMaxLength);
        RuleFor(x => x.UnitId).NotEmpty();
        RuleFor(x => x.Position).NotEmpty().MaximumLength(Employment.PositionMaxLength);
        RuleFor(x => x.EmployedFrom).RecordDate();
    }
}
