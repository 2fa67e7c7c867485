using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.People;
using ThiDua.Domain.People;

namespace ThiDua.Application.Awards.GetPersonAwards;

public sealed class GetPersonAwardsQueryHandler(IPersonQueries people, IAwardQueries awards) : IQueryHandler<GetPersonAwardsQuery, Page<AwardRecordDto>>
{
    public async ValueTask<Page<AwardRecordDto>> Handle(GetPersonAwardsQuery query, CancellationToken cancellationToken)
    {
        var id = new PersonId(query.PersonId);
        _ = await people.GetAsync(id, cancellationToken) ?? throw new NotFoundException("Person", query.PersonId);
        return new Page<AwardRecordDto>(await awards.ForPersonAsync(id, cancellationToken), null);
    }
}
