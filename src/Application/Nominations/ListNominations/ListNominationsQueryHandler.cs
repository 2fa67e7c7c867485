using Mediator;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.Nominations.ListNominations;

public sealed class ListNominationsQueryHandler(INominationQueries queries) : IQueryHandler<ListNominationsQuery, Page<NominationSummaryDto>>
{
    public async ValueTask<Page<NominationSummaryDto>> Handle(ListNominationsQuery query, CancellationToken cancellationToken) =>
        await queries.ListAsync(query, cancellationToken);
}
