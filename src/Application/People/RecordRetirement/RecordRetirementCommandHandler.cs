using Mediator;
using ThiDua.Domain.Common;

namespace ThiDua.Application.People.RecordRetirement;

public sealed class RecordRetirementCommandHandler(PersonAccess access, TimeProvider clock) : ICommandHandler<RecordRetirementCommand, PersonDto>
{
    public async ValueTask<PersonDto> Handle(RecordRetirementCommand command, CancellationToken cancellationToken)
    {
        var person = await access.LoadForChangeAsync(command.PersonId, cancellationToken);
        var now = clock.GetUtcNow();
        person.RecordRetirement(command.Kind, command.RetiresOn, command.HigherRetirementAge, command.Document.ToReference(), LegalCalendar.DateInVietnam(now), now);
        return await access.WrittenAsync(person.Id, cancellationToken);
    }
}
