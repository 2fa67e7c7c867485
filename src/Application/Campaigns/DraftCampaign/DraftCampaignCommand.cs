using Mediator;

namespace ThiDua.Application.Campaigns.DraftCampaign;

/// <summary>Drafts a campaign of a launching authority. Returns its id.</summary>
public sealed record DraftCampaignCommand(Guid LaunchingAuthorityId, CampaignPlanInput Plan) : ICommand<Guid>;
