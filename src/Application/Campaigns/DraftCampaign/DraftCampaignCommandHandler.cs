using Mediator;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Application.Campaigns.DraftCampaign;

public sealed class DraftCampaignCommandHandler(CampaignAccess access, ICampaignRepository campaigns, TimeProvider clock)
    : ICommandHandler<DraftCampaignCommand, Guid>
{
    public async ValueTask<Guid> Handle(DraftCampaignCommand command, CancellationToken cancellationToken)
    {
        var authority = await access.LoadAuthorityForManagementAsync(command.LaunchingAuthorityId, cancellationToken);
        var plan = command.Plan.ToPlan();
        var campaign = Campaign.Draft(authority, plan, await access.ScopeUnitsUnderAsync(authority.Id, plan, cancellationToken), clock.GetUtcNow());
        campaigns.Add(campaign);
        return campaign.Id.Value;
    }
}
