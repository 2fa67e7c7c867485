using Mediator;

namespace ThiDua.Application.People.RecordDiscipline;

public sealed class RecordDisciplineCommandHandler(PersonAccess access, TimeProvider clock) : ICommandHandler<RecordDisciplineCommand, PersonDto>
{
    public async ValueTask<PersonDto> Handle(RecordDisciplineCommand command, CancellationToken cancellationToken)
    {
        var person = await access.LoadForChangeAsync(command.PersonId, cancellationToken);
        person.RecordDiscipline(command.Kind, command.From, command.To, command.Reason, command.LegalBasis.ToReference(), clock.GetUtcNow());
        return await access.WrittenAsync(person.Id, cancellationToken);
    }
}
