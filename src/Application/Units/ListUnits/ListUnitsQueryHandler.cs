using Mediator;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.Units.ListUnits;

public sealed class ListUnitsQueryHandler(IUnitQueries queries) : IQueryHandler<ListUnitsQuery, Page<UnitSummaryDto>>
{
    public async ValueTask<Page<UnitSummaryDto>> Handle(ListUnitsQuery query, CancellationToken cancellationToken) =>
        await queries.ListAsync(query, cancellationToken);
}
