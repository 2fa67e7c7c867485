using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.People;

namespace ThiDua.Application.People.GetPersonById;

public sealed class GetPersonByIdQueryHandler(PersonAccess access) : IQueryHandler<GetPersonByIdQuery, PersonDto>
{
    public async ValueTask<PersonDto> Handle(GetPersonByIdQuery query, CancellationToken cancellationToken) =>
        await access.FindAsync(new PersonId(query.Id), cancellationToken) ?? throw new NotFoundException("Person", query.Id);
}
