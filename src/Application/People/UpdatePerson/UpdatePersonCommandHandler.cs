using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.People.UpdatePerson;

public sealed class UpdatePersonCommandHandler(PersonAccess access, TimeProvider clock) : ICommandHandler<UpdatePersonCommand, PersonDto>
{
    public async ValueTask<PersonDto> Handle(UpdatePersonCommand command, CancellationToken cancellationToken)
    {
        var person = await access.LoadForChangeAsync(command.PersonId, cancellationToken);
        command.EnsureVersion(person.Version);
        person.UpdateIdentity(command.FullName, command.Gender, command.BirthDate, command.CitizenId, command.CivilServantCode, clock.GetUtcNow());
        return await access.WrittenAsync(person.Id, cancellationToken);
    }
}
