using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Campaigns.LaunchCampaign;

public sealed class LaunchCampaignCommandHandler(CampaignAccess access, TimeProvider clock) : ICommandHandler<LaunchCampaignCommand>
{
    public async ValueTask<Unit> Handle(LaunchCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = await access.LoadForManagementAsync(command.CampaignId, cancellationToken);
        command.EnsureVersion(campaign.Version);
        campaign.Launch(clock.GetUtcNow());
        return Unit.Value;
    }
}
