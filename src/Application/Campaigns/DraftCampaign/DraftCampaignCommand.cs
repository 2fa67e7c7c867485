using Mediator;
using ThiDua.Application.Common.Validation;

namespace ThiDua.Application.Campaigns.DraftCampaign;

/// <summary>
/// Drafts a campaign of a launching authority, or of a cluster or block (<see cref="LaunchingClusterId"/>) for its
/// members of the period's year, through its head unit. Exactly one launcher. Returns it as drafted.
/// </summary>
public sealed record DraftCampaignCommand(Guid LaunchingAuthorityId, [property: FlattenedInRequest] CampaignPlanInput Plan, Guid? LaunchingClusterId = null) : ICommand<CampaignDetailsDto>;
