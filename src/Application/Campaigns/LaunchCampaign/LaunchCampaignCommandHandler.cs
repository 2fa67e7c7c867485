using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Campaigns.LaunchCampaign;

public sealed class LaunchCampaignCommandHandler(CampaignAccess access, ICampaignQueries queries, IReadAfterWrite written, TimeProvider clock)
    : ICommandHandler<LaunchCampaignCommand, CampaignDetailsDto>
{
    public async ValueTask<CampaignDetailsDto> Handle(LaunchCampaignCommand command, CancellationToken cancellationToken)
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

        return await written.ReadAsync(ct => queries.GetDetailsAsync(campaign.Id, ct), cancellationToken);
    }
}
