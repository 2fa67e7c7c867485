using Mediator;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.EmulationClusters.ListClusters;

public sealed class ListClustersQueryHandler(IClusterQueries queries) : IQueryHandler<ListClustersQuery, Page<ClusterSummaryDto>>
{
    public async ValueTask<Page<ClusterSummaryDto>> Handle(ListClustersQuery query, CancellationToken cancellationToken) =>
        await queries.ListAsync(query, cancellationToken);
}
