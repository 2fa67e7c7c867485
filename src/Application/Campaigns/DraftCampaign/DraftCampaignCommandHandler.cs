using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Application.Campaigns.DraftCampaign;

public sealed class DraftCampaignCommandHandler(
    CampaignAccess access, ICampaignRepository campaigns, ICampaignQueries queries, IReadAfterWrite written, TimeProvider clock)
    : ICommandHandler<DraftCampaignCommand, CampaignDetailsDto>
{
    public async ValueTask<CampaignDetailsDto> Handle(DraftCampaignCommand command, CancellationToken cancellationToken)
    {
        var plan = command.Plan.ToPlan();
        Campaign campaign;
        if (command.LaunchingClusterId is { } clusterId)
        {
            var cluster = await access.LoadClusterForLaunchAsync(clusterId, plan.PeriodStart.Year, cancellationToken);
            campaign = Campaign.DraftForCluster(cluster, plan, clock.GetUtcNow());
        }
        else
        {
            var authority = await access.LoadAuthorityForManagementAsync(command.LaunchingAuthorityId, cancellationToken);
            campaign = Campaign.Draft(authority, plan, await access.ScopeUnitsUnderAsync(authority.Id, plan, cancellationToken), clock.GetUtcNow());
        }

        campaign.ClassifyForStatistics(command.Plan.StatisticsScope, clock.GetUtcNow());
        campaigns.Add(campaign);
        return await written.ReadAsync(ct => queries.GetDetailsAsync(campaign.Id, ct), cancellationToken);
    }
}
