using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Campaigns.ReviseCampaign;

/// <summary>Replaces a draft campaign's plan.</summary>
public sealed record ReviseCampaignCommand(Guid CampaignId, CampaignPlanInput Plan, uint? ExpectedVersion) : ICommand, IVersionedCommand;
