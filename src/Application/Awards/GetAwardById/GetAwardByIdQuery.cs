using Mediator;

namespace ThiDua.Application.Awards.GetAwardById;

public sealed record GetAwardByIdQuery(Guid Id) : IQuery<AwardRecordDto>;
