using ThiDua.Domain.People;

namespace ThiDua.Domain.Awards;

/// <summary>Loads and adds award records; implemented in Infrastructure.</summary>
public interface IAwardRecordRepository
{
    Task<AwardRecord?> GetByIdAsync(AwardRecordId id, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="initiativeIds"/> already support an award of the person that stands (not revoked).</summary>
    Task<IReadOnlyList<Guid>> BasisInUseAsync(PersonId personId, IReadOnlyCollection<Guid> initiativeIds, CancellationToken cancellationToken);

    void Add(AwardRecord record);
}
