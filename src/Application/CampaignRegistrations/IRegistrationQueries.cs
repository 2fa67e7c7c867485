using ThiDua.Application.CampaignRegistrations.ListRegistrations;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;

namespace ThiDua.Application.CampaignRegistrations;

/// <summary>Read side of campaign registrations (implemented in Infrastructure).</summary>
public interface IRegistrationQueries
{
    Task<RegistrationDto?> GetAsync(CampaignId campaignId, UnitId unitId, CancellationToken cancellationToken);

    /// <summary>The page with the counts per target title of the whole filtered set, or null when the campaign does not exist.</summary>
    Task<RegistrationListDto?> ListAsync(ListRegistrationsQuery query, CancellationToken cancellationToken);
}
