using Mediator;

namespace ThiDua.Application.Nominations.GetNominationById;

public sealed record GetNominationByIdQuery(Guid Id) : IQuery<NominationDto>;
