using Mediator;

namespace ThiDua.Application.People.RecordPersonRating;

public sealed class RecordPersonRatingCommandHandler(PersonAccess access, TimeProvider clock) : ICommandHandler<RecordPersonRatingCommand, PersonDto>
{
    public async ValueTask<PersonDto> Handle(RecordPersonRatingCommand command, CancellationToken cancellationToken)
    {
        var person = await access.LoadForChangeAsync(command.PersonId, cancellationToken);
        person.RecordRating(command.Year, command.Rating, command.Document?.ToReference(), clock.GetUtcNow());
        return await access.WrittenAsync(person.Id, cancellationToken);
    }
}
