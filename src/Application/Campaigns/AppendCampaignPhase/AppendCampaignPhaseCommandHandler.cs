using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Campaigns.AppendCampaignPhase;

public sealed class AppendCampaignPhaseCommandHandler(CampaignAccess access, ICampaignQueries queries, IReadAfterWrite written, TimeProvider clock)
    : ICommandHandler<AppendCampaignPhaseCommand, CampaignDetailsDto>
{
    public async ValueTask<CampaignDetailsDto> Handle(AppendCampaignPhaseCommand command, CancellationToken cancellationToken)
    {
        var campaign = await access.LoadForManagementAsync(command.CampaignId, cancellationToken);
        command.EnsureVersion(campaign.Version);
        var phase = command.Phase;
        campaign.AppendPhase(phase.Name, phase.Start, phase.End, phase.Focus, phase.Commemorations ?? [], clock.GetUtcNow());
        return await written.ReadAsync(ct => queries.GetDetailsAsync(campaign.Id, ct), cancellationToken);
    }
}
