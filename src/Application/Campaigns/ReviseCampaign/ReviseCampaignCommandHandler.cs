using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Campaigns.ReviseCampaign;

public sealed class ReviseCampaignCommandHandler(CampaignAccess access, TimeProvider clock) : ICommandHandler<ReviseCampaignCommand>
{
    public async ValueTask<Unit> Handle(ReviseCampaignCommand command, CancellationToken cancellationToken)
    {
        var campaign = await access.LoadForManagementAsync(command.CampaignId, cancellationToken);
        command.EnsureVersion(campaign.Version);
        var plan = command.Plan.ToPlan();
        campaign.Revise(plan, await access.ScopeUnitsUnderAsync(campaign.LaunchingAuthorityId, plan, cancellationToken), clock.GetUtcNow());
        return Unit.Value;
    }
}
