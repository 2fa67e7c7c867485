using Mediator;
using ThiDua.Application.Common.Security;

namespace ThiDua.Application.People.EndDiscipline;

/// <summary>
/// The person's unit ends a discipline period; a hold (R4: under investigation, complaint or verification) is lifted
/// only when the person is cleared, which the authority over the unit decides: a council strictly above it, or an admin.
/// </summary>
public sealed class EndDisciplineCommandHandler(PersonAccess access, AccessGuard guard, TimeProvider clock) : ICommandHandler<EndDisciplineCommand, PersonDto>
{
    public async ValueTask<PersonDto> Handle(EndDisciplineCommand command, CancellationToken cancellationToken)
    {
        var person = await access.LoadForChangeAsync(command.PersonId, cancellationToken);
        if (person.FindDiscipline(command.DisciplineId).IsHold)
        {
            await guard.EnsureCanJudgeAsync(person.CurrentUnitId, cancellationToken);
        }

        person.EndDiscipline(command.DisciplineId, command.LastDay, clock.GetUtcNow());
        return await access.WrittenAsync(person.Id, cancellationToken);
    }
}
