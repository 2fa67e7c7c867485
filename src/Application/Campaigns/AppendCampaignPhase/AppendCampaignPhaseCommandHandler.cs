using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Campaigns.AppendCampaignPhase;

public sealed class AppendCampaignPhaseCommandHandler(CampaignAccess access, TimeProvider clock) : ICommandHandler<AppendCampaignPhaseCommand>
{
    public async ValueTask<Unit> Handle(AppendCampaignPhaseCommand command, CancellationToken cancellationToken)
    {
        var campaign = await access.LoadForManagementAsync(command.CampaignId, cancellationToken);
        command.EnsureVersion(campaign.Version);
        var phase = command.Phase;
        campaign.AppendPhase(phase.Name, phase.Start, phase.End, phase.Focus, phase.Commemorations ?? [], clock.GetUtcNow());
        return Unit.Value;
    }
}
