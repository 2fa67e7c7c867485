using Mediator;

namespace ThiDua.Application.People.EndDiscipline;

public sealed class EndDisciplineCommandHandler(PersonAccess access, TimeProvider clock) : ICommandHandler<EndDisciplineCommand>
{
    public async ValueTask<Unit> Handle(EndDisciplineCommand command, CancellationToken cancellationToken)
    {
        var person = await access.LoadForChangeAsync(command.PersonId, cancellationToken);
        person.EndDiscipline(command.DisciplineId, command.LastDay, clock.GetUtcNow());
        return Unit.Value;
    }
}
