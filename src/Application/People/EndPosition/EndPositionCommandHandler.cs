using Mediator;
using ThiDua.Application.Common.Exceptions;

namespace ThiDua.Application.People.EndPosition;

public sealed class EndPositionCommandHandler(PersonAccess access, TimeProvider clock) : ICommandHandler<EndPositionCommand, PersonDto>
{
    public async ValueTask<PersonDto> Handle(EndPositionCommand command, CancellationToken cancellationToken)
    {
        var person = await access.LoadForChangeAsync(command.PersonId, cancellationToken);
        if (person.Positions.All(p => p.Id != command.PositionId))
        {
            throw new NotFoundException(NotFoundErrors.PersonPosition.WithMessage($"Cá nhân không có chức vụ '{command.PositionId}'.", $"The person has no position '{command.PositionId}'."));
        }

        person.EndPosition(command.PositionId, command.LastDay, clock.GetUtcNow());
        return await access.WrittenAsync(person.Id, cancellationToken);
    }
}
