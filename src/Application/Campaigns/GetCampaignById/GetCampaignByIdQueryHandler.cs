using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Application.Campaigns.GetCampaignById;

public sealed class GetCampaignByIdQueryHandler(ICampaignQueries queries) : IQueryHandler<GetCampaignByIdQuery, CampaignDetailsDto>
{
    public async ValueTask<CampaignDetailsDto> Handle(GetCampaignByIdQuery query, CancellationToken cancellationToken) =>
        await queries.GetDetailsAsync(new CampaignId(query.Id), cancellationToken)
            ?? throw new NotFoundException("Campaign", query.Id);
}
