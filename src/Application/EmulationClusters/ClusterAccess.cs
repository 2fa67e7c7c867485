using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;

namespace ThiDua.Application.EmulationClusters;

/// <summary>Loads a cluster for a management command, checking the caller's authority over it.</summary>
public sealed class ClusterAccess(IClusterRepository clusters, IUnitRepository units, ICovenantRepository covenants, AccessGuard access)
{
    public async Task<EmulationCluster> LoadForManagementAsync(Guid clusterId, CancellationToken cancellationToken)
    {
        var cluster = await clusters.GetByIdAsync(new ClusterId(clusterId), cancellationToken)
            ?? throw new NotFoundException("Cluster", clusterId);
        await access.EnsureCanManageAsync(cluster.ManagingAuthorityId, cancellationToken);
        return cluster;
    }

    /// <summary>
    /// Loads the units that are to become members, held unchanged until commit (a concurrent merge or dissolution
    /// waits and then ends the new membership). Each must exist and lie under the cluster's managing authority.
    /// </summary>
    public async Task<IReadOnlyList<OrganisationUnit>> LoadNewMembersAsync(
        EmulationCluster cluster, IReadOnlyCollection<UnitId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var members = await units.GetManyForReferenceAsync(ids, cancellationToken);
        if (members.Count != ids.Count)
        {
            var missing = ids.Except(members.Select(m => m.Id)).First();
            throw new DomainRuleViolationException(ClusterErrors.MemberUnitNotFound.WithMessage($"Đơn vị '{missing}' không tồn tại.", $"Unit '{missing}' does not exist."));
        }

        var below = await units.FindDescendantsAmongAsync(cluster.ManagingAuthorityId, ids, cancellationToken);
        if (members.FirstOrDefault(m => !below.Contains(m.Id)) is { } outside)
        {
            throw new DomainRuleViolationException(ClusterErrors.MemberOutsideAuthority.WithMessage(
                $"{outside.Name} ({outside.Code}) không thuộc cơ quan quản lý của cụm, khối thi đua.",
                $"{outside.Name} ({outside.Code}) is not under the cluster's managing authority."));
        }

        return members;
    }

    /// <summary>
    /// New members may join a year's term only while its covenant (if any) is a draft: once it is open for signing they
    /// could not sign it, and it could come into force without them. The command declares the covenant's row held until
    /// commit (<see cref="Common.Concurrency.LockedResource.ClusterYearCovenant"/>), so an opening or a last signature
    /// in parallel waits.
    /// </summary>
    public async Task EnsureCovenantAllowsNewMembersAsync(EmulationCluster cluster, int year, IReadOnlyCollection<UnitId> newMembers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(newMembers);
        if (newMembers.Count == 0)
        {
            return;
        }

        var status = await covenants.GetStatusForReferenceAsync(cluster.Id, year, cancellationToken);
        if (status is not null and not CovenantStatus.Draft)
        {
            throw new DomainRuleViolationException(ClusterErrors.CovenantAlreadyOpen);
        }
    }

    public static ClusterTerm RequireTerm(EmulationCluster cluster, int year)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return cluster.FindTerm(year)
            ?? throw new NotFoundException(NotFoundErrors.ClusterTerm.WithMessage($"Cụm, khối thi đua chưa có nhiệm kỳ năm {year}.", $"The cluster has no term for {year}."));
    }
}
