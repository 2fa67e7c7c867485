using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
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
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            return await SearchAsync(query, cancellationToken);
        }

        var units = db.Units.AsNoTracking();
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

    /// <summary>
    /// <c>q</c> in three tiers, one statement (ADR 0030): a field starting with <c>q</c>, then a word starting with it,
    /// then (bounded) containing it; the other filters apply to every tier.
    /// </summary>
    private async Task<Page<UnitSummaryDto>> SearchAsync(ListUnitsQuery query, CancellationToken cancellationToken)
    {
        var filters = new List<(string Sql, NpgsqlParameter Parameter)>();
        if (!string.IsNullOrWhiteSpace(query.AgencyCode))
        {
            filters.Add(("t.agency_code = @agency_code", new NpgsqlParameter("agency_code", NpgsqlDbType.Varchar) { Value = ThiDua.Domain.Common.AgencyCode.Normalize(query.AgencyCode) }));
        }

        if (query.Kind is { } kind)
        {
            filters.Add(("t.kind = @kind", new NpgsqlParameter("kind", NpgsqlDbType.Varchar) { Value = kind.ToString() }));
        }

        if (query.Status is { } status)
        {
            filters.Add(("t.status = @status", new NpgsqlParameter("status", NpgsqlDbType.Varchar) { Value = status.ToString() }));
        }

        if (query.ParentId is { } parentId)
        {
            filters.Add(("t.parent_id = @parent_id", new NpgsqlParameter("parent_id", NpgsqlDbType.Uuid) { Value = parentId }));
        }

        if (!string.IsNullOrWhiteSpace(query.Province))
        {
            filters.Add(("t.province = @province", new NpgsqlParameter("province", NpgsqlDbType.Varchar) { Value = query.Province.Trim() }));
        }

        var statement = WordPrefixSearch.Build(
            WordPrefixSearch.Units,
            query.Q!,
            KeysetCursor.Decode(query.Page.Cursor),
            query.Page.Limit,
            filters,
            "t.id, t.code, t.agency_code, t.name, t.short_name, t.kind, t.parent_id, t.province, t.status");
        if (statement is null)
        {
            return new Page<UnitSummaryDto>([], null);
        }

        var rows = await db.Database.SqlQueryRaw<UnitSearchRow>(statement.Sql, [.. statement.Parameters]).ToListAsync(cancellationToken);
        var page = KeysetCursor.ToPage(rows, query.Page.Limit, r => new KeysetCursor(r.SortKey, r.Id));
        return new Page<UnitSummaryDto>(
            page.Items.Select(r => new UnitSummaryDto(
                r.Id,
                r.Code,
                r.AgencyCode,
                r.Name,
                r.ShortName,
                Enum.Parse<UnitKind>(r.Kind),
                r.ParentId,
                r.Province,
                Enum.Parse<UnitStatus>(r.Status))).ToList(),
            page.NextCursor);
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

/// <summary>One row of a unit search: the sort key (the next page's cursor) and the summary's columns.</summary>
internal sealed record UnitSearchRow(
    string SortKey, Guid Id, string Code, string? AgencyCode, string Name, string? ShortName, string Kind, Guid? ParentId, string Province, string Status);
