using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.Covenants;

/// <summary>Loads a covenant with its cluster; management actions belong to the cluster's managing authority.</summary>
public sealed class CovenantAccess(ICovenantRepository covenants, IClusterRepository clusters, AccessGuard access)
{
    public async Task<(Covenant Covenant, EmulationCluster Cluster)> LoadAsync(Guid covenantId, CancellationToken cancellationToken)
    {
        var covenant = await covenants.GetByIdAsync(new CovenantId(covenantId), cancellationToken)
            ?? throw new NotFoundException("Covenant", covenantId);
        var cluster = await clusters.GetByIdAsync(covenant.ClusterId, cancellationToken)
            ?? throw new NotFoundException("Cluster", covenant.ClusterId.Value);
        return (covenant, cluster);
    }

    public async Task<(Covenant Covenant, EmulationCluster Cluster)> LoadForManagementAsync(Guid covenantId, CancellationToken cancellationToken)
    {
        var (covenant, cluster) = await LoadAsync(covenantId, cancellationToken);
        await access.EnsureCanManageAsync(cluster.ManagingAuthorityId, cancellationToken);
        return (covenant, cluster);
    }
}
