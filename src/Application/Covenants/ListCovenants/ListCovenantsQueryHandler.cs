using Mediator;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.Covenants.ListCovenants;

public sealed class ListCovenantsQueryHandler(ICovenantQueries queries) : IQueryHandler<ListCovenantsQuery, Page<CovenantSummaryDto>>
{
    public async ValueTask<Page<CovenantSummaryDto>> Handle(ListCovenantsQuery query, CancellationToken cancellationToken) =>
        await queries.ListAsync(query, cancellationToken);
}
