using Mediator;

namespace ThiDua.Application.Covenants.GetCovenantById;

public sealed record GetCovenantByIdQuery(Guid Id) : IQuery<CovenantDetailsDto>;
