using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Application.People.GetPersonById;

public sealed class GetPersonByIdQueryHandler(IPersonQueries queries, PersonAccess access) : IQueryHandler<GetPersonByIdQuery, PersonDto>
{
    public async ValueTask<PersonDto> Handle(GetPersonByIdQuery query, CancellationToken cancellationToken)
    {
        var person = await queries.GetAsync(new PersonId(query.Id), cancellationToken) ?? throw new NotFoundException("Person", query.Id);
        return await access.MaySeePersonalDataAsync(new UnitId(person.CurrentUnit.Id), cancellationToken) ? person : person.Masked();
    }
}
