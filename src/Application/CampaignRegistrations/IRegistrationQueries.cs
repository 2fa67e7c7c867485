using ThiDua.Application.CampaignRegistrations.ListRegistrations;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;

namespace ThiDua.Application.CampaignRegistrations;

/// <summary>Read side of campaign registrations (implemented in Infrastructure).</summary>
public interface IRegistrationQueries
{
    Task<RegistrationDto?> GetAsync(CampaignId campaignId, UnitId unitId, CancellationToken cancellationToken);

    /// <summary>The page, or null when the campaign does not exist.</summary>
    Task<Page<RegistrationSummaryDto>?> ListAsync(ListRegistrationsQuery query, CancellationToken cancellationToken);
}
