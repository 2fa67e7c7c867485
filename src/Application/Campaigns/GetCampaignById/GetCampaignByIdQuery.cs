using Mediator;

namespace ThiDua.Application.Campaigns.GetCampaignById;

public sealed record GetCampaignByIdQuery(Guid Id) : IQuery<CampaignDetailsDto>;
