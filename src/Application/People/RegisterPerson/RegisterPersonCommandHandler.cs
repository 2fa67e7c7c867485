using Mediator;
using ThiDua.Domain.People;

namespace ThiDua.Application.People.RegisterPerson;

/// <summary>A unit officer registers only people of their own unit.</summary>
public sealed class RegisterPersonCommandHandler(PersonAccess access, IPersonRepository people, TimeProvider clock) : ICommandHandler<RegisterPersonCommand, PersonDto>
{
    public async ValueTask<PersonDto> Handle(RegisterPersonCommand command, CancellationToken cancellationToken)
    {
        var unit = await access.LoadEmployerAsync(command.UnitId, cancellationToken);
        var person = Person.Register(
            command.FullName, command.Gender, command.BirthDate, command.CitizenId, command.CivilServantCode, unit, command.Position, command.EmployedFrom, clock.GetUtcNow());
        people.Add(person);
        return await access.WrittenAsync(person.Id, cancellationToken);
    }
}
