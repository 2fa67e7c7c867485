using Mediator;

namespace ThiDua.Application.People.RecordInitiative;

public sealed class RecordInitiativeCommandHandler(PersonAccess access, TimeProvider clock) : ICommandHandler<RecordInitiativeCommand, Guid>
{
    public async ValueTask<Guid> Handle(RecordInitiativeCommand command, CancellationToken cancellationToken)
    {
        var person = await access.LoadForChangeAsync(command.PersonId, cancellationToken);
        return person.RecordInitiative(
            command.Title, command.Kind, command.Year, command.Scope, command.RecognisingBody, command.Document.ToReference(), clock.GetUtcNow()).Id;
    }
}
