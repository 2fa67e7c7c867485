using Mediator;
using ThiDua.Domain.Common;

namespace ThiDua.Application.People.RecordLeave;

public sealed class RecordLeaveCommandHandler(PersonAccess access, TimeProvider clock) : ICommandHandler<RecordLeaveCommand, Guid>
{
    public async ValueTask<Guid> Handle(RecordLeaveCommand command, CancellationToken cancellationToken)
    {
        var person = await access.LoadForChangeAsync(command.PersonId, cancellationToken);
        var now = clock.GetUtcNow();
        return person.RecordLeave(command.Kind, command.From, command.To, command.Document.ToReference(), LegalCalendar.DateInVietnam(now), now).Id;
    }
}
