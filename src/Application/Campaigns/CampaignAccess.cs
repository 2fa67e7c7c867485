using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Campaigns;

/// <summary>Campaigns are managed by the launching authority's council (or an admin).</summary>
public sealed class CampaignAccess(ICampaignRepository campaigns, IUnitRepository units, AccessGuard access)
{
    public async Task<Campaign> LoadForManagementAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.GetByIdAsync(new CampaignId(campaignId), cancellationToken)
            ?? throw new NotFoundException("Campaign", campaignId);
        await access.EnsureCanManageAsync(campaign.LaunchingAuthorityId, cancellationToken);
        return campaign;
    }

    /// <summary>Of the plan's listed scope units, those under the launching authority (the aggregate refuses any other).</summary>
    public async Task<IReadOnlySet<UnitId>> ScopeUnitsUnderAsync(UnitId authority, CampaignPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Scope.Units.Count == 0
            ? new HashSet<UnitId>()
            : await units.FindDescendantsAmongAsync(authority, plan.Scope.Units, cancellationToken);
    }

    public async Task<OrganisationUnit> LoadAuthorityForManagementAsync(Guid authorityId, CancellationToken cancellationToken)
    {
        var authority = await units.GetByIdAsync(new UnitId(authorityId), cancellationToken)
            ?? throw new DomainRuleViolationException(CampaignErrors.LaunchingAuthorityNotFound);
        await access.EnsureCanManageAsync(authority.Id, cancellationToken);
        return authority;
    }
}
