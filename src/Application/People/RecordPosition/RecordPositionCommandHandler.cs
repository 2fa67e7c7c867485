using Mediator;
using ThiDua.Domain.Common;

namespace ThiDua.Application.People.RecordPosition;

public sealed class RecordPositionCommandHandler(PersonAccess access, TimeProvider clock) : ICommandHandler<RecordPositionCommand, PersonDto>
{
    public async ValueTask<PersonDto> Handle(RecordPositionCommand command, CancellationToken cancellationToken)
    {
        var person = await access.LoadForChangeAsync(command.PersonId, cancellationToken);
        var now = clock.GetUtcNow();
        person.RecordPosition(command.Title, command.Level, command.From, command.To, command.Appointment.ToReference(), LegalCalendar.DateInVietnam(now), now);
        return await access.WrittenAsync(person.Id, cancellationToken);
    }
}
