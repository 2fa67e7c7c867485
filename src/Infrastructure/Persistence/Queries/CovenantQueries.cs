using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Covenants;
using ThiDua.Application.Covenants.ListCovenants;
using ThiDua.Application.Units;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Infrastructure.Persistence.Queries;

internal sealed class CovenantQueries(ThiDuaDbContext db) : ICovenantQueries
{
    public async Task<CovenantDetailsDto?> GetDetailsAsync(CovenantId id, CancellationToken cancellationToken)
    {
        var covenant = await db.Covenants.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (covenant is null)
        {
            return null;
        }

        var cluster = await db.Clusters.AsNoTracking().AsSplitQuery().FirstAsync(c => c.Id == covenant.ClusterId, cancellationToken);
        var term = cluster.FindTerm(covenant.Year);
        var unitIds = covenant.Signatures.Select(s => s.UnitId)
            .Concat(term?.Members.Select(m => m.UnitId) ?? [])
            .Distinct()
            .ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var signed = covenant.Signatures.Select(s => s.UnitId).ToHashSet();
        var awaiting = covenant.Status == CovenantStatus.OpenForSigning && term is not null
            ? term.Members.Where(m => m.IsCurrent && !signed.Contains(m.UnitId)).Select(m => units[m.UnitId].ToReference())
                .OrderBy(u => u.Code, StringComparer.Ordinal).ToList()
            : [];

        var terms = covenant.Terms;
        return new CovenantDetailsDto(
            covenant.Id.Value,
            cluster.Id.Value,
            cluster.Name,
            covenant.Year,
            terms.Title,
            covenant.Status,
            terms.ScaleMax,
            terms.SigningDeadline,
            terms.Contents,
            terms.Criteria,
            terms.BonusRules,
            terms.PenaltyRules,
            covenant.Signatures.OrderBy(s => s.SignedAt)
                .Select(s => new CovenantSignatureDto(units[s.UnitId].ToReference(), s.SignatoryName, s.SignedBy, s.SignedAt)).ToList(),
            awaiting,
            covenant.CreatedAt,
            covenant.UpdatedAt,
            covenant.Version);
    }

    public async Task<Page<CovenantSummaryDto>> ListAsync(ListCovenantsQuery query, CancellationToken cancellationToken)
    {
        var covenants = db.Covenants.AsNoTracking().MatchingSearch(query.Q);
        if (query.ClusterId is { } clusterId)
        {
            var cluster = new ClusterId(clusterId);
            covenants = covenants.Where(c => c.ClusterId == cluster);
        }

        if (query.Year is { } year)
        {
            covenants = covenants.Where(c => c.Year == year);
        }

        if (query.Status is { } status)
        {
            covenants = covenants.Where(c => c.Status == status);
        }

        if (KeysetCursor.Decode(query.Page.Cursor) is { } after)
        {
            var afterYear = int.TryParse(after.Key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : int.MaxValue;
            var afterId = new CovenantId(after.Id);
            covenants = covenants.Where(c => EF.Functions.LessThan(ValueTuple.Create(c.Year, c.Id), ValueTuple.Create(afterYear, afterId)));
        }

        var rows = await covenants
            .OrderByDescending(c => c.Year).ThenByDescending(c => c.Id)
            .Take(query.Page.Limit + 1)
            .Join(db.Clusters, c => c.ClusterId, k => k.Id, (c, k) => new { Covenant = c, ClusterName = k.Name })
            .ToListAsync(cancellationToken);
        var items = rows
            .OrderByDescending(r => r.Covenant.Year).ThenByDescending(r => r.Covenant.Id.Value)
            .Select(r => new CovenantSummaryDto(r.Covenant.Id.Value, r.Covenant.ClusterId.Value, r.ClusterName, r.Covenant.Year, r.Covenant.Terms.Title, r.Covenant.Status))
            .ToList();
        return KeysetCursor.ToPage(items, query.Page.Limit, c => new KeysetCursor(c.Year.ToString(CultureInfo.InvariantCulture), c.Id));
    }
}
