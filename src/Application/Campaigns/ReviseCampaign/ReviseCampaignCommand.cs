using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Validation;

namespace ThiDua.Application.Campaigns.ReviseCampaign;

/// <summary>Replaces a draft campaign's plan. Returns the campaign as revised.</summary>
public sealed record ReviseCampaignCommand(Guid CampaignId, [property: FlattenedInRequest] CampaignPlanInput Plan, uint? ExpectedVersion) : ICommand<CampaignDetailsDto>, IVersionedCommand;
