using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.CampaignRegistrations;

/// <summary>Loads and adds registrations; implemented in Infrastructure.</summary>
public interface ICampaignRegistrationRepository
{
    Task<CampaignRegistration?> FindAsync(CampaignId campaignId, UnitId unitId, CancellationToken cancellationToken);

    /// <summary>How many registrations of the campaign still await approval or rejection.</summary>
    Task<int> CountAwaitingReviewAsync(CampaignId campaignId, CancellationToken cancellationToken);

    void Add(CampaignRegistration registration);
}
