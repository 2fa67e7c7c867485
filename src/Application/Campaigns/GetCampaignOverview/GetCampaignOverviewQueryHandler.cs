using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Application.Campaigns.GetCampaignOverview;

public sealed class GetCampaignOverviewQueryHandler(ICampaignQueries queries) : IQueryHandler<GetCampaignOverviewQuery, CampaignOverviewDto>
{
    public async ValueTask<CampaignOverviewDto> Handle(GetCampaignOverviewQuery query, CancellationToken cancellationToken) =>
        await queries.GetOverviewAsync(new CampaignId(query.CampaignId), cancellationToken)
            ?? throw new NotFoundException("Campaign", query.CampaignId);
}
