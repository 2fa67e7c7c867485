using Mediator;

namespace ThiDua.Application.Campaigns.GetCampaignOverview;

public sealed record GetCampaignOverviewQuery(Guid CampaignId) : IQuery<CampaignOverviewDto>;
