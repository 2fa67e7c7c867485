using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Domain.Covenants;

/// <summary>Loads and adds covenant aggregates; implemented in Infrastructure.</summary>
public interface ICovenantRepository
{
    Task<Covenant?> GetByIdAsync(CovenantId id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(ClusterId clusterId, int year, CancellationToken cancellationToken);

    void Add(Covenant covenant);
}
