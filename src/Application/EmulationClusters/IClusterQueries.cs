using ThiDua.Application.Common.Paging;
using ThiDua.Application.EmulationClusters.ListClusters;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.EmulationClusters;

/// <summary>Read side of clusters (implemented in Infrastructure).</summary>
public interface IClusterQueries
{
    Task<ClusterDetailsDto?> GetDetailsAsync(ClusterId id, CancellationToken cancellationToken);

    Task<Page<ClusterSummaryDto>> ListAsync(ListClustersQuery query, CancellationToken cancellationToken);

    Task<ClusterTermDto?> GetTermAsync(ClusterId id, int year, CancellationToken cancellationToken);
}
