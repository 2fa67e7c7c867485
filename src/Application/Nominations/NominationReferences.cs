using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Nominations;

/// <summary>
/// The covenant and campaign a dossier refers to must belong to its proposing unit's scope (issue 15 item 3), or a unit
/// could file its dossier under another unit's emulation results:
/// <list type="bullet">
/// <item>a covenant: the proposing unit, or a unit under it, manages the cluster that signed it or is a member of the
/// cluster in the covenant's year (422 <c>nomination.covenant_outside_scope</c>);</item>
/// <item>a campaign: it addresses the proposing unit (all units under the launching authority, or the units it lists;
/// for a cluster's campaign, the term's members), or the proposing unit, or a unit under it, launched it, manages the
/// launching cluster or is addressed by it (422 <c>nomination.campaign_outside_scope</c>).</item>
/// </list>
/// An unknown covenant or campaign stays 404.
/// </summary>
public sealed class NominationReferences(ICampaignRepository campaigns, ICovenantRepository covenants, IClusterRepository clusters, IUnitRepository units)
{
    public async Task EnsureInScopeAsync(UnitId proposingUnit, Guid? campaignId, Guid? covenantId, CancellationToken cancellationToken)
    {
        if (covenantId is { } covenantKey)
        {
            var covenant = await covenants.GetByIdAsync(new CovenantId(covenantKey), cancellationToken) ?? throw new NotFoundException("Covenant", covenantKey);
            var cluster = await clusters.GetByIdAsync(covenant.ClusterId, cancellationToken) ?? throw new NotFoundException("Cluster", covenant.ClusterId.Value);
            var participants = new HashSet<UnitId> { cluster.ManagingAuthorityId };
            participants.UnionWith(cluster.FindTerm(covenant.Year)?.Members.Select(m => m.UnitId) ?? []);
            if (!await IsOrIsAboveAnyAsync(proposingUnit, participants, cancellationToken))
            {
                throw new DomainRuleViolationException(NominationErrors.CovenantOutsideScope);
            }
        }

        if (campaignId is { } campaignKey)
        {
            var campaign = await campaigns.GetByIdAsync(new CampaignId(campaignKey), cancellationToken) ?? throw new NotFoundException("Campaign", campaignKey);
            var participants = new HashSet<UnitId>(campaign.Plan.Scope.Units);
            if (campaign.LaunchingAuthorityId is { } authority)
            {
                participants.Add(authority);
            }

            if (campaign.LaunchingClusterId is { } clusterId && await clusters.GetByIdAsync(clusterId, cancellationToken) is { } cluster)
            {
                participants.Add(cluster.ManagingAuthorityId);
            }

            var addressed = campaign.Addresses(proposingUnit, await units.GetAncestorIdsAsync(proposingUnit, cancellationToken));
            if (!addressed && !await IsOrIsAboveAnyAsync(proposingUnit, participants, cancellationToken))
            {
                throw new DomainRuleViolationException(NominationErrors.CampaignOutsideScope);
            }
        }
    }

    private async Task<bool> IsOrIsAboveAnyAsync(UnitId unit, HashSet<UnitId> participants, CancellationToken cancellationToken) =>
        participants.Contains(unit) || (await units.FindDescendantsAmongAsync(unit, participants, cancellationToken)).Count > 0;
}
