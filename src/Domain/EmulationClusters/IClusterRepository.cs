using ThiDua.Domain.Units;

namespace ThiDua.Domain.EmulationClusters;

/// <summary>Loads and adds cluster aggregates; implemented in Infrastructure.</summary>
public interface IClusterRepository
{
    Task<EmulationCluster?> GetByIdAsync(ClusterId id, CancellationToken cancellationToken);

    /// <summary>The cluster with the term of <paramref name="year"/> only (read-only: nothing of it is saved).</summary>
    Task<ClusterOfYear?> GetOfYearAsync(ClusterId id, int year, CancellationToken cancellationToken);

    Task<bool> NameExistsAsync(UnitId managingAuthorityId, string name, ClusterId? except, CancellationToken cancellationToken);

    /// <summary>
    /// Of <paramref name="unitIds"/>, those already members in <paramref name="year"/> of another cluster or block
    /// of the same kind and managing authority.
    /// </summary>
    Task<IReadOnlySet<UnitId>> FindUnitsInOtherGroupingsAsync(
        ClusterId clusterId, UnitId managingAuthorityId, ClusterKind kind, int year, IReadOnlyCollection<UnitId> unitIds, CancellationToken cancellationToken);

    /// <summary>Clusters having a current member <paramref name="unitId"/> in a term of <paramref name="fromYear"/> or later.</summary>
    Task<IReadOnlyList<EmulationCluster>> GetWithCurrentMemberAsync(UnitId unitId, int fromYear, CancellationToken cancellationToken);

    void Add(EmulationCluster cluster);
}
