using ThiDua.Domain.Awards;

namespace ThiDua.Domain.Certificates;

/// <summary>Loads and adds certificates; implemented in Infrastructure.</summary>
public interface ICertificateRepository
{
    /// <summary>The award's current certificate (the one not superseded), or null.</summary>
    Task<Certificate?> GetCurrentAsync(AwardRecordId awardId, CancellationToken cancellationToken);

    void Add(Certificate certificate);
}
