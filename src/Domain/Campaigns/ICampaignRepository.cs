namespace ThiDua.Domain.Campaigns;

/// <summary>Loads and adds campaign aggregates; implemented in Infrastructure.</summary>
public interface ICampaignRepository
{
    Task<Campaign?> GetByIdAsync(CampaignId id, CancellationToken cancellationToken);

    /// <summary>
    /// The campaign, which the command declared it holds shared until commit (registrations and reports rely on it
    /// staying open): a close waits for such commands, and they wait for a close in flight, then read it closed.
    /// </summary>
    Task<Campaign?> GetForReferenceAsync(CampaignId id, CancellationToken cancellationToken);

    /// <summary>The campaign, which the command declared it holds exclusively until commit (it is about to close).</summary>
    Task<Campaign?> GetForChangeAsync(CampaignId id, CancellationToken cancellationToken);

    void Add(Campaign campaign);
}
