using Mediator;

namespace ThiDua.Application.People.GetPersonById;

public sealed record GetPersonByIdQuery(Guid Id) : IQuery<PersonDto>;
