using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Common;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Campaigns;

/// <summary>
/// Campaigns are managed by the launching authority's council (or an admin). A cluster's campaign is managed by whoever
/// may act for the unit heading the cluster in the campaign's year: that unit's officer, a council over it, or an admin;
/// other units' officers are refused with <see cref="NotClusterHead"/> (ADR 0013).
/// </summary>
public sealed class CampaignAccess(
    ICampaignRepository campaigns, IUnitRepository units, IClusterRepository clusters, AccessGuard access, ICurrentUser user)
{
    public static readonly DomainError NotClusterHead =
        DomainError.Forbidden(
            "auth.not_cluster_head",
            "Chỉ đơn vị cụm trưởng của cụm, khối thi đua trong năm của phong trào mới thực hiện thay mặt cụm.",
            "Only the unit heading the cluster in the campaign's year acts for the cluster.");

    public async Task<Campaign> LoadAsync(Guid campaignId, CancellationToken cancellationToken) =>
        await campaigns.GetByIdAsync(new CampaignId(campaignId), cancellationToken)
            ?? throw new NotFoundException("Campaign", campaignId);

    /// <summary>For a command that declared the campaign held shared until commit: a close in flight finishes first.</summary>
    public async Task<Campaign> LoadForReferenceAsync(Guid campaignId, CancellationToken cancellationToken) =>
        await campaigns.GetForReferenceAsync(new CampaignId(campaignId), cancellationToken)
            ?? throw new NotFoundException("Campaign", campaignId);

    public async Task<Campaign> LoadForManagementAsync(Guid campaignId, CancellationToken cancellationToken) =>
        (await LoadWithLauncherForManagementAsync(campaignId, cancellationToken)).Campaign;

    /// <summary>As <see cref="LoadForManagementAsync"/>, for a command that declared the campaign held shared until commit.</summary>
    public async Task<Campaign> LoadForReferenceByManagerAsync(Guid campaignId, CancellationToken cancellationToken) =>
        (await AuthoriseManagementAsync(await LoadForReferenceAsync(campaignId, cancellationToken), cancellationToken)).Campaign;

    /// <summary>As <see cref="LoadForManagementAsync"/>, for a command that declared the campaign held exclusively until commit.</summary>
    public async Task<Campaign> LoadForChangeByManagerAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.GetForChangeAsync(new CampaignId(campaignId), cancellationToken)
            ?? throw new NotFoundException("Campaign", campaignId);
        return (await AuthoriseManagementAsync(campaign, cancellationToken)).Campaign;
    }

    /// <summary>The campaign, with the cluster that launched it (null for an authority's campaign), once the caller may manage it.</summary>
    public async Task<(Campaign Campaign, EmulationCluster? Cluster)> LoadWithLauncherForManagementAsync(Guid campaignId, CancellationToken cancellationToken) =>
        await AuthoriseManagementAsync(await LoadAsync(campaignId, cancellationToken), cancellationToken);

    private async Task<(Campaign Campaign, EmulationCluster? Cluster)> AuthoriseManagementAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        if (campaign.LaunchingClusterId is { } clusterId)
        {
            var cluster = await clusters.GetByIdAsync(clusterId, cancellationToken)
                ?? throw new NotFoundException("Cluster", clusterId.Value);
            await EnsureCanActForClusterAsync(cluster, campaign.ClusterYear!.Value, cancellationToken);
            return (campaign, cluster);
        }

        await access.EnsureCanManageAsync(campaign.LaunchingAuthorityId!.Value, cancellationToken);
        return (campaign, null);
    }

    /// <summary>
    /// The cluster that launches a new campaign, once the caller may act for it in <paramref name="year"/>. A cluster
    /// without a head that year is a 422 (<see cref="CampaignErrors.ClusterHasNoHead"/>), whoever asks.
    /// </summary>
    public async Task<EmulationCluster> LoadClusterForLaunchAsync(Guid clusterId, int year, CancellationToken cancellationToken)
    {
        var cluster = await clusters.GetByIdAsync(new ClusterId(clusterId), cancellationToken)
            ?? throw new DomainRuleViolationException(CampaignErrors.LaunchingClusterNotFound);
        await EnsureCanActForClusterAsync(cluster, year, cancellationToken);
        return cluster;
    }

    /// <summary>
    /// The authority that keeps the campaign's records and may enter its past acts as history (ADR 0014): the launching
    /// authority, or for a cluster's campaign the cluster's managing authority, as for the cluster's covenants.
    /// </summary>
    public async Task<UnitId> RecordKeeperAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (campaign.LaunchingAuthorityId is { } authority)
        {
            return authority;
        }

        var cluster = await clusters.GetByIdAsync(campaign.LaunchingClusterId!.Value, cancellationToken)
            ?? throw new NotFoundException("Cluster", campaign.LaunchingClusterId.Value.Value);
        return cluster.ManagingAuthorityId;
    }

    /// <summary>
    /// A unit that registers or reports in a campaign, held against a concurrent merger or dissolution (the command
    /// declares the unit's lock), with its ancestors (to decide whether the campaign addresses it). The caller must be
    /// allowed to act for the unit — or, in a cluster's campaign, for the cluster's head unit, which handles its
    /// members' registrations and reports.
    /// </summary>
    public async Task<(OrganisationUnit Unit, IReadOnlyList<UnitId> Ancestors)> LoadParticipantAsync(
        Campaign campaign, Guid unitId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var id = new UnitId(unitId);
        if (!await MayActForLaunchingClusterAsync(campaign, cancellationToken))
        {
            await access.EnsureCanActForAsync(id, cancellationToken);
        }

        var unit = await units.GetForReferenceAsync(id, cancellationToken) ?? throw new NotFoundException("Unit", unitId);
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

    /// <summary>The head unit acts for the cluster: its own officer, a council over it (or integration), or an admin.</summary>
    private async Task EnsureCanActForClusterAsync(EmulationCluster cluster, int year, CancellationToken cancellationToken)
    {
        var head = Campaign.ActingHeadOf(cluster, year);
        if (access.IsOnlyUnitOfficer && user.UnitId != head)
        {
            throw new ForbiddenException(
                NotClusterHead.WithMessage(
                $"Chỉ đơn vị cụm trưởng của {cluster.Name} năm {year} mới hoạt động thay mặt cụm; cán bộ của đơn vị thành viên chỉ thực hiện cho đơn vị mình.",
                $"Only the unit heading {cluster.Name} in {year} acts for the cluster; a member unit's officer acts only for their own unit."));
        }

        await access.EnsureCanActForAsync(head, cancellationToken);
    }

    private async Task<bool> MayActForLaunchingClusterAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        if (campaign.LaunchingClusterId is not { } clusterId
            || await clusters.GetByIdAsync(clusterId, cancellationToken) is not { } cluster
            || cluster.FindTerm(campaign.ClusterYear!.Value) is not { HeadUnitId: { } head, HeadVacantSince: null })
        {
            return false;
        }

        return await access.CanActForAsync(head, cancellationToken);
    }
}
