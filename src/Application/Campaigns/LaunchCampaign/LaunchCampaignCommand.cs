using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Campaigns.LaunchCampaign;

/// <summary>Launches a draft campaign (phát động): its letter, period and contents are frozen. Returns the campaign as launched.</summary>
public sealed record LaunchCampaignCommand(Guid CampaignId, uint? ExpectedVersion) : ICommand<CampaignDetailsDto>, IVersionedCommand;
