using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.EmulationClusters;
using ThiDua.Application.EmulationClusters.ListClusters;
using ThiDua.Application.Units;
using ThiDua.Application.Units.GetUnitClusterHistory;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Queries;

internal sealed class ClusterQueries(ThiDuaDbContext db) : IClusterQueries
{
    public async Task<ClusterDetailsDto?> GetDetailsAsync(ClusterId id, CancellationToken cancellationToken)
    {
        // The years of its terms, not the terms: members and elections of every year are not read (issue 13 target 3).
        var row = await db.Clusters.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new
            {
                c.Id, c.Name, c.Kind, c.ManagingAuthorityId, c.Description, c.GroupingDecision, c.CreatedAt, c.UpdatedAt, c.Version,
                Years = c.Terms.Select(t => t.Year).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var authority = await db.Units.AsNoTracking().FirstAsync(u => u.Id == row.ManagingAuthorityId, cancellationToken);
        return new ClusterDetailsDto(
            row.Id.Value,
            row.Name,
            row.Kind,
            authority.ToReference(),
            row.Description,
            DocumentDto.From(row.GroupingDecision),
            row.Years.Order().ToList(),
            row.CreatedAt,
            row.UpdatedAt,
            row.Version);
    }

    public async Task<Page<ClusterSummaryDto>> ListAsync(ListClustersQuery query, CancellationToken cancellationToken)
    {
        var clusters = db.Clusters.AsNoTracking().MatchingSearch(query.Q);
        if (query.Kind is { } kind)
        {
            clusters = clusters.Where(c => c.Kind == kind);
        }

        if (query.ManagingAuthorityId is { } authorityId)
        {
            var authority = new UnitId(authorityId);
            clusters = clusters.Where(c => c.ManagingAuthorityId == authority);
        }

        if (query.Year is { } year)
        {
            clusters = clusters.Where(c => c.Terms.Any(t => t.Year == year));
        }

        if (query.MemberUnitId is { } memberId)
        {
            var member = new UnitId(memberId);
            clusters = clusters.Where(c => c.Terms.Any(t =>
                (query.Year == null || t.Year == query.Year) && t.Members.Any(m => m.UnitId == member)));
        }

        if (KeysetCursor.Decode(query.Page.Cursor) is { } after)
        {
            var afterId = new ClusterId(after.Id);
            clusters = clusters.Where(c => EF.Functions.GreaterThan(
                ValueTuple.Create(c.Name, c.Id), ValueTuple.Create(after.Key, afterId)));
        }

        var rows = await clusters
            .Join(db.Units, c => c.ManagingAuthorityId, u => u.Id, (c, u) => new { Cluster = c, Authority = u })
            .OrderBy(x => x.Cluster.Name).ThenBy(x => x.Cluster.Id)
            .Take(query.Page.Limit + 1)
            .Select(x => new ClusterSummaryDto(
                x.Cluster.Id.Value,
                x.Cluster.Name,
                x.Cluster.Kind,
                new UnitReferenceDto(x.Authority.Id.Value, x.Authority.Code, x.Authority.Name, x.Authority.Status),
                x.Cluster.Description))
            .ToListAsync(cancellationToken);
        return KeysetCursor.ToPage(rows, query.Page.Limit, c => new KeysetCursor(c.Name, c.Id));
    }

    public async Task<ClusterTermDto?> GetTermAsync(ClusterId id, int year, CancellationToken cancellationToken)
    {
        // Only the asked year's term (with its members and elections) is read, not the cluster's whole history; as a
        // filtered collection rather than FirstOrDefault (which becomes ROW_NUMBER() over every cluster's terms; ADR 0036).
        var row = await db.Clusters.AsNoTracking().AsSplitQuery()
            .Where(c => c.Id == id)
            .Select(c => new { c.Id, c.Name, c.Kind, c.Version, Terms = c.Terms.Where(t => t.Year == year).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        if (row?.Terms.SingleOrDefault() is not { } term)
        {
            return null;
        }

        var unitIds = term.Members.Select(m => m.UnitId).ToList();
        // The members' references (id, code, name, status), not the units with their lineage and ratings.
        var units = (await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Code, u.Name, u.Status }).ToListAsync(cancellationToken))
            .ToDictionary(u => u.Id, u => new UnitReferenceDto(u.Id.Value, u.Code, u.Name, u.Status));

        ClusterPostHolderDto? Post(UnitId? holder, DateOnly? vacantSince) =>
            holder is { } h && units.TryGetValue(h, out var unit)
                ? new ClusterPostHolderDto(unit, vacantSince is not null, vacantSince)
                : null;
        static ClusterElectionDto ToDto(ClusterElection e) =>
            new(e.HeadUnitId.Value, e.DeputyUnitId?.Value, DocumentDto.From(e.Document)!, e.RecordedAt);

        var members = term.Members
            .Select(m => new ClusterTermMemberDto(
                units[m.UnitId],
                m.UnitId == term.HeadUnitId ? ClusterPost.Head : m.UnitId == term.DeputyUnitId ? ClusterPost.Deputy : ClusterPost.Member,
                m.JoinedOn,
                m.LeftOn,
                m.LeaveReason))
            .OrderBy(m => m.Post == ClusterPost.Member ? 1 : 0)
            .ThenBy(m => m.Post)
            .ThenBy(m => m.Unit.Name, StringComparer.Ordinal)
            .ToList();

        return new ClusterTermDto(
            row.Id.Value,
            row.Name,
            row.Kind,
            term.Year,
            Post(term.HeadUnitId, term.HeadVacantSince),
            Post(term.DeputyUnitId, term.DeputyVacantSince),
            term.CurrentElection is { } current ? ToDto(current) : null,
            members,
            term.Elections.OrderBy(e => e.RecordedAt).Select(ToDto).ToList(),
            row.Version);
    }
}
