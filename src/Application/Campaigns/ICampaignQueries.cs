using ThiDua.Application.Campaigns.GetCampaignOverview;
using ThiDua.Application.Campaigns.ListCampaigns;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Application.Campaigns;

/// <summary>Read side of campaigns (implemented in Infrastructure).</summary>
public interface ICampaignQueries
{
    Task<CampaignDetailsDto?> GetDetailsAsync(CampaignId id, CancellationToken cancellationToken);

    Task<CampaignOverviewDto?> GetOverviewAsync(CampaignId id, CancellationToken cancellationToken);

    Task<Page<CampaignSummaryDto>> ListAsync(ListCampaignsQuery query, CancellationToken cancellationToken);
}
