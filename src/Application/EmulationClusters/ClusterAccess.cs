using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.EmulationClusters;

/// <summary>Loads a cluster for a management command, checking the caller's authority over it.</summary>
public sealed class ClusterAccess(IClusterRepository clusters, AccessGuard access)
{
    public async Task<EmulationCluster> LoadForManagementAsync(Guid clusterId, CancellationToken cancellationToken)
    {
        var cluster = await clusters.GetByIdAsync(new ClusterId(clusterId), cancellationToken)
            ?? throw new NotFoundException("Cluster", clusterId);
        await access.EnsureCanManageAsync(cluster.ManagingAuthorityId, cancellationToken);
        return cluster;
    }

    public static ClusterTerm RequireTerm(EmulationCluster cluster, int year)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return cluster.FindTerm(year)
            ?? throw new NotFoundException("cluster_term.not_found", $"The cluster has no term for {year}.");
    }
}
