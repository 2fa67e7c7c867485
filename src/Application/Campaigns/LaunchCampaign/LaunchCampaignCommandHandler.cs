using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Campaigns.LaunchCampaign;

public sealed class LaunchCampaignCommandHandler(CampaignAccess access, TimeProvider clock) : ICommandHandler<LaunchCampaignCommand>
{
    public async ValueTask<Unit> Handle(LaunchCampaignCommand command, CancellationToken cancellationToken)
    {
        var (campaign, cluster) = await access.LoadWithLauncherForManagementAsync(command.CampaignId, cancellationToken);
        command.EnsureVersion(campaign.Version);
        if (cluster is not null)
        {
            campaign.LaunchForCluster(cluster, clock.GetUtcNow());
        }
        else
        {
            campaign.Launch(clock.GetUtcNow());
        }

        return Unit.Value;
    }
}
