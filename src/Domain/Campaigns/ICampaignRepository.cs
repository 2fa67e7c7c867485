namespace ThiDua.Domain.Campaigns;

/// <summary>Loads and adds campaign aggregates; implemented in Infrastructure.</summary>
public interface ICampaignRepository
{
    Task<Campaign?> GetByIdAsync(CampaignId id, CancellationToken cancellationToken);

    void Add(Campaign campaign);
}
