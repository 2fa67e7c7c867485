namespace ThiDua.Domain.Awards;

/// <summary>Loads and adds award records; implemented in Infrastructure.</summary>
public interface IAwardRecordRepository
{
    Task<AwardRecord?> GetByIdAsync(AwardRecordId id, CancellationToken cancellationToken);

    void Add(AwardRecord record);
}
