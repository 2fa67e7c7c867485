using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Audit.ListAuditEntries;

/// <summary>
/// Administrators read the whole history. A council reads the history of one resource under its authority
/// (a unit, or a cluster it manages), named by <c>resourceId</c>.
/// </summary>
public sealed class ListAuditEntriesQueryHandler(
    IAuditQueries queries,
    ICurrentUser user,
    AccessGuard access,
    IUnitRepository units,
    IClusterRepository clusters) : IQueryHandler<ListAuditEntriesQuery, Page<AuditEntryDto>>
{
    public async ValueTask<Page<AuditEntryDto>> Handle(ListAuditEntriesQuery query, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            await EnsureCouncilMayReadAsync(query.ResourceId, cancellationToken);
        }

        return await queries.ListAsync(query, cancellationToken);
    }

    private async Task EnsureCouncilMayReadAsync(Guid? resourceId, CancellationToken cancellationToken)
    {
        if (resourceId is not { } id)
        {
            throw new ForbiddenException(AccessGuard.OutsideAuthority, "A council reads the history of one resource under its authority: pass resourceId.");
        }

        if (await units.GetByIdAsync(new UnitId(id), cancellationToken) is { } unit)
        {
            await access.EnsureCanManageAsync(unit.Id, cancellationToken);
            return;
        }

        if (await clusters.GetByIdAsync(new ClusterId(id), cancellationToken) is { } cluster)
        {
            await access.EnsureCanManageAsync(cluster.ManagingAuthorityId, cancellationToken);
            return;
        }

        throw new NotFoundException(NotFoundErrors.Resource, $"No unit or cluster '{id}' exists.");
    }
}
