using Mediator;
using ThiDua.Application.Common.Exceptions;

namespace ThiDua.Application.People.RemovePosition;

public sealed class RemovePositionCommandHandler(PersonAccess access, TimeProvider clock) : ICommandHandler<RemovePositionCommand>
{
    public async ValueTask<Unit> Handle(RemovePositionCommand command, CancellationToken cancellationToken)
    {
        var person = await access.LoadForChangeAsync(command.PersonId, cancellationToken);
        if (person.Positions.All(p => p.Id != command.PositionId))
        {
            throw new NotFoundException(NotFoundErrors.PersonPosition, $"The person has no position '{command.PositionId}'.");
        }

        person.RemovePosition(command.PositionId, clock.GetUtcNow());
        return Unit.Value;
    }
}
