using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Units;
using ThiDua.Application.Units.GetUnitClusterHistory;
using ThiDua.Application.Units.ListUnits;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Queries;

internal sealed class UnitQueries(ThiDuaDbContext db) : IUnitQueries
{
    /// <summary>
    /// One statement (issue 13): the unit's columns, its parent, successor and predecessors as references, and its
    /// lineage events; the ratings the unit aggregate also owns are not read (the details do not show them).
    /// </summary>
    public async Task<UnitDetailsDto?> GetDetailsAsync(UnitId id, CancellationToken cancellationToken)
    {
        // Parent and successor by left joins on the primary key (a correlated FirstOrDefault becomes a window over
        // the whole table); predecessors and lineage events as collections of the same statement.
        var row = await (
            from u in db.Units.AsNoTracking().Where(u => u.Id == id)
            from parent in db.Units.Where(p => p.Id == u.ParentId).DefaultIfEmpty()
            from successor in db.Units.Where(p => p.Id == u.SuccessorId).DefaultIfEmpty()
            select new
            {
                u.Id,
                u.Code,
                u.AgencyCode,
                u.Name,
                u.ShortName,
                u.Kind,
                u.Province,
                u.Status,
                u.ValidFrom,
                u.ValidTo,
                u.CreatedAt,
                u.UpdatedAt,
                u.Version,
                Parent = parent == null ? null : new UnitReferenceDto(parent.Id.Value, parent.Code, parent.Name, parent.Status),
                Successor = successor == null ? null : new UnitReferenceDto(successor.Id.Value, successor.Code, successor.Name, successor.Status),
                Predecessors = db.Units.Where(p => p.SuccessorId == u.Id).OrderBy(p => p.Code)
                    .Select(p => new UnitReferenceDto(p.Id.Value, p.Code, p.Name, p.Status)).ToList(),
                Events = u.LineageEvents.ToList(),
            })
            .AsSingleQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        return new UnitDetailsDto(
            row.Id.Value,
            row.Code,
            row.AgencyCode,
            row.Name,
            row.ShortName,
            row.Kind,
            row.Parent,
            row.Province,
            row.Status,
            row.ValidFrom,
            row.ValidTo,
            row.Successor,
            row.Predecessors,
            row.Events.OrderBy(e => e.EffectiveOn).ThenBy(e => e.RecordedAt).Select(e => e.ToDto()).ToList(),
            row.CreatedAt,
            row.UpdatedAt,
            row.Version);
    }

    public async Task<Page<UnitSummaryDto>> ListAsync(ListUnitsQuery query, CancellationToken cancellationToken)
    {
        var units = db.Units.AsNoTracking().MatchingSearch(query.Q);
        if (!string.IsNullOrWhiteSpace(query.AgencyCode))
        {
            var agencyCode = ThiDua.Domain.Common.AgencyCode.Normalize(query.AgencyCode);
            units = units.Where(u => u.AgencyCode == agencyCode);
        }

        if (query.Kind is { } kind)
        {
            units = units.Where(u => u.Kind == kind);
        }

        if (query.Status is { } status)
        {
            units = units.Where(u => u.Status == status);
        }

        if (query.ParentId is { } parentId)
        {
            var parent = new UnitId(parentId);
            units = units.Where(u => u.ParentId == parent);
        }

        if (!string.IsNullOrWhiteSpace(query.Province))
        {
            var province = query.Province.Trim();
            units = units.Where(u => u.Province == province);
        }

        if (KeysetCursor.Decode(query.Page.Cursor) is { } after)
        {
#pragma warning disable CA1309 // translated to SQL: compares with the column collation, the same that ORDER BY uses
            units = units.Where(u => string.Compare(u.Code, after.Key) > 0);
#pragma warning restore CA1309
        }

        var rows = await units.OrderBy(u => u.Code)
            .Take(query.Page.Limit + 1)
            .ProjectToSummary()
            .ToListAsync(cancellationToken);
        return KeysetCursor.ToPage(rows, query.Page.Limit, u => new KeysetCursor(u.Code, u.Id));
    }

    public async Task<IReadOnlyList<UnitClusterMembershipDto>?> GetClusterHistoryAsync(UnitId id, CancellationToken cancellationToken)
    {
        if (!await db.Units.AnyAsync(u => u.Id == id, cancellationToken))
        {
            return null;
        }

        var clusters = await db.Clusters.AsNoTracking().AsSplitQuery()
            .Where(c => c.Terms.Any(t => t.Members.Any(m => m.UnitId == id)))
            .ToListAsync(cancellationToken);
        return clusters
            .SelectMany(c => c.Terms.Select(t => (Cluster: c, Term: t, Member: t.FindMember(id))))
            .Where(x => x.Member is not null)
            .Select(x => new UnitClusterMembershipDto(
                x.Term.Year,
                x.Cluster.Id.Value,
                x.Cluster.Name,
                x.Cluster.Kind,
                x.Cluster.ManagingAuthorityId.Value,
                x.Term.HeadUnitId == id ? ClusterPost.Head : x.Term.DeputyUnitId == id ? ClusterPost.Deputy : ClusterPost.Member,
                x.Member!.JoinedOn,
                x.Member.LeftOn,
                x.Member.LeaveReason))
            .OrderByDescending(x => x.Year)
            .ThenBy(x => x.ClusterName, StringComparer.Ordinal)
            .ToList();
    }
}
