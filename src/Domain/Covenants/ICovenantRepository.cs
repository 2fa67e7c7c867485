using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Domain.Covenants;

/// <summary>Loads and adds covenant aggregates; implemented in Infrastructure.</summary>
public interface ICovenantRepository
{
    Task<Covenant?> GetByIdAsync(CovenantId id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(ClusterId clusterId, int year, CancellationToken cancellationToken);

    /// <summary>
    /// The status of the cluster's covenant for the year, which the command declared it holds unchanged until commit;
    /// null when there is none.
    /// </summary>
    Task<CovenantStatus?> GetStatusForReferenceAsync(ClusterId clusterId, int year, CancellationToken cancellationToken);

    /// <summary>The covenant, which the command declared it holds until commit, shared or exclusively.</summary>
    Task<Covenant?> GetForReferenceAsync(CovenantId id, CancellationToken cancellationToken);

    /// <summary>The covenant, which the command declared it holds exclusively until commit (it is about to change).</summary>
    Task<Covenant?> GetForChangeAsync(CovenantId id, CancellationToken cancellationToken);

    void Add(Covenant covenant);
}
