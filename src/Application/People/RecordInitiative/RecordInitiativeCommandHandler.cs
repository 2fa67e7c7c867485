using Mediator;

namespace ThiDua.Application.People.RecordInitiative;

public sealed class RecordInitiativeCommandHandler(PersonAccess access, TimeProvider clock) : ICommandHandler<RecordInitiativeCommand, PersonDto>
{
    public async ValueTask<PersonDto> Handle(RecordInitiativeCommand command, CancellationToken cancellationToken)
    {
        var person = await access.LoadForChangeAsync(command.PersonId, cancellationToken);
        person.RecordInitiative(
            command.Title, command.Kind, command.Year, command.Scope, command.RecognisingBody, command.Document.ToReference(), clock.GetUtcNow());
        return await access.WrittenAsync(person.Id, cancellationToken);
    }
}
