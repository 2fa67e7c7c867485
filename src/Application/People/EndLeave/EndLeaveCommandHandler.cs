using Mediator;
using ThiDua.Application.Common.Exceptions;

namespace ThiDua.Application.People.EndLeave;

public sealed class EndLeaveCommandHandler(PersonAccess access, TimeProvider clock) : ICommandHandler<EndLeaveCommand, PersonDto>
{
    public async ValueTask<PersonDto> Handle(EndLeaveCommand command, CancellationToken cancellationToken)
    {
        var person = await access.LoadForChangeAsync(command.PersonId, cancellationToken);
        if (person.Leaves.All(l => l.Id != command.LeaveId))
        {
            throw new NotFoundException(NotFoundErrors.PersonLeave.WithMessage($"Cá nhân không có thời gian nghỉ '{command.LeaveId}'.", $"The person has no leave '{command.LeaveId}'."));
        }

        person.EndLeave(command.LeaveId, command.LastDay, clock.GetUtcNow());
        return await access.WrittenAsync(person.Id, cancellationToken);
    }
}
