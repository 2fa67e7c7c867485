using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.Covenants;

/// <summary>Loads a covenant with its cluster (as of the covenant's year); management actions belong to the cluster's managing authority.</summary>
public sealed class CovenantAccess(ICovenantRepository covenants, IClusterRepository clusters, AccessGuard access)
{
    public Task<(Covenant Covenant, ClusterOfYear Cluster)> LoadAsync(Guid covenantId, CancellationToken cancellationToken) =>
        WithClusterAsync(covenants.GetByIdAsync(new CovenantId(covenantId), cancellationToken), covenantId, cancellationToken);

    /// <summary>For a command that declared the covenant held shared until commit.</summary>
    public Task<(Covenant Covenant, ClusterOfYear Cluster)> LoadForReferenceAsync(Guid covenantId, CancellationToken cancellationToken) =>
        WithClusterAsync(covenants.GetForReferenceAsync(new CovenantId(covenantId), cancellationToken), covenantId, cancellationToken);

    /// <summary>For a command that declared the covenant held exclusively until commit (it is about to change).</summary>
    public Task<(Covenant Covenant, ClusterOfYear Cluster)> LoadForChangeAsync(Guid covenantId, CancellationToken cancellationToken) =>
        WithClusterAsync(covenants.GetForChangeAsync(new CovenantId(covenantId), cancellationToken), covenantId, cancellationToken);

    public async Task<(Covenant Covenant, ClusterOfYear Cluster)> LoadForManagementAsync(Guid covenantId, CancellationToken cancellationToken)
    {
        var (covenant, cluster) = await LoadAsync(covenantId, cancellationToken);
        await access.EnsureCanManageAsync(cluster.ManagingAuthorityId, cancellationToken);
        return (covenant, cluster);
    }

    /// <summary>As <see cref="LoadForManagementAsync"/>, for a command that declared the covenant held exclusively until commit.</summary>
    public async Task<(Covenant Covenant, ClusterOfYear Cluster)> LoadForChangeByManagerAsync(Guid covenantId, CancellationToken cancellationToken)
    {
        var (covenant, cluster) = await LoadForChangeAsync(covenantId, cancellationToken);
        await access.EnsureCanManageAsync(cluster.ManagingAuthorityId, cancellationToken);
        return (covenant, cluster);
    }

    private async Task<(Covenant Covenant, ClusterOfYear Cluster)> WithClusterAsync(Task<Covenant?> loading, Guid covenantId, CancellationToken cancellationToken)
    {
        var covenant = await loading ?? throw new NotFoundException("Covenant", covenantId);
        // The covenant's year only: signing, scoring and finalizing read that year's term, never the cluster's history.
        var cluster = await clusters.GetOfYearAsync(covenant.ClusterId, covenant.Year, cancellationToken)
            ?? throw new NotFoundException("Cluster", covenant.ClusterId.Value);
        return (covenant, cluster);
    }
}
