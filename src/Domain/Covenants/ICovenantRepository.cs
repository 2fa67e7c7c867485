using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Domain.Covenants;

/// <summary>Loads and adds covenant aggregates; implemented in Infrastructure.</summary>
public interface ICovenantRepository
{
    Task<Covenant?> GetByIdAsync(CovenantId id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(ClusterId clusterId, int year, CancellationToken cancellationToken);

    /// <summary>The status of the cluster's covenant for the year, held unchanged until commit; null when there is none.</summary>
    Task<CovenantStatus?> LockStatusAsync(ClusterId clusterId, int year, CancellationToken cancellationToken);

    /// <summary>Holds the covenant against concurrent changes until the command commits (it is about to change).</summary>
    Task LockForChangeAsync(CovenantId id, CancellationToken cancellationToken);

    void Add(Covenant covenant);
}
