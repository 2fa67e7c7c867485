namespace ThiDua.Domain.Campaigns;

/// <summary>Loads and adds campaign aggregates; implemented in Infrastructure.</summary>
public interface ICampaignRepository
{
    Task<Campaign?> GetByIdAsync(CampaignId id, CancellationToken cancellationToken);

    /// <summary>
    /// Holds the campaign row shared until the command commits (registrations and reports rely on it staying open) and
    /// returns its committed status; a close waits for such commands, and they wait for a close in flight.
    /// </summary>
    Task<CampaignStatus?> LockStatusAsync(CampaignId id, CancellationToken cancellationToken);

    /// <summary>Holds the campaign exclusively until the command commits (it is about to close).</summary>
    Task LockForChangeAsync(CampaignId id, CancellationToken cancellationToken);

    void Add(Campaign campaign);
}
