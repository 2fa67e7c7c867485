using Mediator;
using ThiDua.Domain.Common;

namespace ThiDua.Application.People.RecordLeave;

public sealed class RecordLeaveCommandHandler(PersonAccess access, TimeProvider clock) : ICommandHandler<RecordLeaveCommand, PersonDto>
{
    public async ValueTask<PersonDto> Handle(RecordLeaveCommand command, CancellationToken cancellationToken)
    {
        var person = await access.LoadForChangeAsync(command.PersonId, cancellationToken);
        var now = clock.GetUtcNow();
        person.RecordLeave(command.Kind, command.From, command.To, command.Document.ToReference(), LegalCalendar.DateInVietnam(now), now);
        return await access.WrittenAsync(person.Id, cancellationToken);
    }
}
