using Mediator;
using ThiDua.Application.Common.Exceptions;

namespace ThiDua.Application.Awards.GetAwardById;

public sealed class GetAwardByIdQueryHandler(IAwardQueries awards) : IQueryHandler<GetAwardByIdQuery, AwardRecordDto>
{
    public async ValueTask<AwardRecordDto> Handle(GetAwardByIdQuery query, CancellationToken cancellationToken) =>
        await awards.GetAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Award", query.Id);
}
