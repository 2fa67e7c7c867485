using Mediator;

namespace ThiDua.Application.People.RecordDiscipline;

public sealed class RecordDisciplineCommandHandler(PersonAccess access, TimeProvider clock) : ICommandHandler<RecordDisciplineCommand, Guid>
{
    public async ValueTask<Guid> Handle(RecordDisciplineCommand command, CancellationToken cancellationToken)
    {
        var person = await access.LoadForChangeAsync(command.PersonId, cancellationToken);
        return person.RecordDiscipline(command.Kind, command.From, command.To, command.Reason, command.LegalBasis.ToReference(), clock.GetUtcNow()).Id;
    }
}
