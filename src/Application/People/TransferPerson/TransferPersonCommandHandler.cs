using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.People.TransferPerson;

/// <summary>The caller must be able to act for both the current and the new unit (a council over both, or an admin).</summary>
public sealed class TransferPersonCommandHandler(PersonAccess access, TimeProvider clock) : ICommandHandler<TransferPersonCommand, PersonDto>
{
    public async ValueTask<PersonDto> Handle(TransferPersonCommand command, CancellationToken cancellationToken)
    {
        var person = await access.LoadForChangeAsync(command.PersonId, cancellationToken);
        var unit = await access.LoadEmployerAsync(command.UnitId, cancellationToken);
        command.EnsureVersion(person.Version);
        person.Transfer(unit, command.Position, command.From, clock.GetUtcNow());
        return await access.WrittenAsync(person.Id, cancellationToken);
    }
}
