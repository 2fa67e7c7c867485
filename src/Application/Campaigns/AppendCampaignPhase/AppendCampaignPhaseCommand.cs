using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Campaigns.AppendCampaignPhase;

/// <summary>Appends a phase after the last one of a launched campaign. Returns the campaign as changed.</summary>
public sealed record AppendCampaignPhaseCommand(Guid CampaignId, PhaseInput Phase, uint? ExpectedVersion) : ICommand<CampaignDetailsDto>, IVersionedCommand;
