using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Campaigns.ReviseCampaign;

public sealed class ReviseCampaignCommandHandler(CampaignAccess access, ICampaignQueries queries, IReadAfterWrite written, TimeProvider clock)
    : ICommandHandler<ReviseCampaignCommand, CampaignDetailsDto>
{
    public async ValueTask<CampaignDetailsDto> Handle(ReviseCampaignCommand command, CancellationToken cancellationToken)
    {
        var (campaign, cluster) = await access.LoadWithLauncherForManagementAsync(command.CampaignId, cancellationToken);
        command.EnsureVersion(campaign.Version);
        var plan = command.Plan.ToPlan();
        if (cluster is not null)
        {
            campaign.ReviseForCluster(cluster, plan, clock.GetUtcNow());
        }
        else
        {
            campaign.Revise(plan, await access.ScopeUnitsUnderAsync(campaign.LaunchingAuthorityId!.Value, plan, cancellationToken), clock.GetUtcNow());
        }

        campaign.ClassifyForStatistics(command.Plan.StatisticsScope, clock.GetUtcNow());

        return await written.ReadAsync(ct => queries.GetDetailsAsync(campaign.Id, ct), cancellationToken);
    }
}
