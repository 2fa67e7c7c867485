using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Campaigns;

/// <summary>Campaigns are managed by the launching authority's council (or an admin).</summary>
public sealed class CampaignAccess(ICampaignRepository campaigns, IUnitRepository units, AccessGuard access)
{
    public async Task<Campaign> LoadAsync(Guid campaignId, CancellationToken cancellationToken) =>
        await campaigns.GetByIdAsync(new CampaignId(campaignId), cancellationToken)
            ?? throw new NotFoundException("Campaign", campaignId);

    public async Task<Campaign> LoadForManagementAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        var campaign = await LoadAsync(campaignId, cancellationToken);
        await access.EnsureCanManageAsync(campaign.LaunchingAuthorityId, cancellationToken);
        return campaign;
    }

    /// <summary>
    /// Once the caller is authorised: holds the campaign unchanged until the command commits, so that a close in flight
    /// finishes first (and one that starts waits); a campaign whose status changed since it was read is a 409.
    /// </summary>
    public async Task HoldAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (await campaigns.LockStatusAsync(campaign.Id, cancellationToken) != campaign.Status)
        {
            throw new ConflictException(ConflictException.ConcurrencyConflict, "The campaign changed while this was being recorded. Read it again and retry.");
        }
    }

    /// <summary>
    /// A unit that registers or reports in a campaign, held against a concurrent merger or dissolution, with its
    /// ancestors (to decide whether the campaign addresses it). The caller must be allowed to act for the unit.
    /// </summary>
    public async Task<(OrganisationUnit Unit, IReadOnlyList<UnitId> Ancestors)> LoadParticipantAsync(Guid unitId, CancellationToken cancellationToken)
    {
        var id = new UnitId(unitId);
        await access.EnsureCanActForAsync(id, cancellationToken);
        await units.LockForReferenceAsync([id], cancellationToken);
        var unit = await units.GetByIdAsync(id, cancellationToken) ?? throw new NotFoundException("Unit", unitId);
        return (unit, await units.GetAncestorIdsAsync(id, cancellationToken));
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
