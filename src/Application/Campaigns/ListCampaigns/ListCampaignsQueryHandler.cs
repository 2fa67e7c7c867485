using Mediator;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.Campaigns.ListCampaigns;

public sealed class ListCampaignsQueryHandler(ICampaignQueries queries) : IQueryHandler<ListCampaignsQuery, Page<CampaignSummaryDto>>
{
    public async ValueTask<Page<CampaignSummaryDto>> Handle(ListCampaignsQuery query, CancellationToken cancellationToken) =>
        await queries.ListAsync(query, cancellationToken);
}
