using Mediator;
using ThiDua.Application.Common.Exceptions;

namespace ThiDua.Application.People.RemoveLeave;

public sealed class RemoveLeaveCommandHandler(PersonAccess access, TimeProvider clock) : ICommandHandler<RemoveLeaveCommand>
{
    public async ValueTask<Unit> Handle(RemoveLeaveCommand command, CancellationToken cancellationToken)
    {
        var person = await access.LoadForChangeAsync(command.PersonId, cancellationToken);
        if (person.Leaves.All(l => l.Id != command.LeaveId))
        {
            throw new NotFoundException(NotFoundErrors.PersonLeave, $"The person has no leave '{command.LeaveId}'.");
        }

        person.RemoveLeave(command.LeaveId, clock.GetUtcNow());
        return Unit.Value;
    }
}
