using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.History;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Covenants;
using ThiDua.Application.Covenants.ListCovenants;
using ThiDua.Application.Units;
using ThiDua.Domain.CovenantAssessments;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;

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

        // The cluster's name and the covenant year's term only, whatever the cluster's history (issue 13 target 3), as a
        // filtered collection rather than FirstOrDefault (which becomes ROW_NUMBER() over every cluster's terms; ADR 0036).
        var cluster = await db.Clusters.AsNoTracking()
            .Where(c => c.Id == covenant.ClusterId)
            .Select(c => new { c.Id, c.Name, Terms = c.Terms.Where(t => t.Year == covenant.Year).ToList() })
            .FirstAsync(cancellationToken);
        var term = cluster.Terms.SingleOrDefault();
        var unitIds = covenant.Signatures.Select(s => s.UnitId)
            .Concat(term?.Members.Select(m => m.UnitId) ?? [])
            .Distinct()
            .ToList();
        var units = await ReferencesAsync(unitIds, cancellationToken);
        var signed = covenant.Signatures.Select(s => s.UnitId).ToHashSet();
        var awaiting = covenant.Status == CovenantStatus.OpenForSigning && term is not null
            ? term.Members.Where(m => m.IsCurrent && !signed.Contains(m.UnitId)).Select(m => units[m.UnitId])
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
            terms.EffectivePhases.Select(Application.Covenants.CovenantPhase.From).ToList(),
            terms.Contents.Select(Application.Covenants.CovenantContent.From).ToList(),
            terms.Criteria.Select(Application.Covenants.CovenantCriterion.From).ToList(),
            terms.BonusRules.Select(Application.Covenants.CovenantAdjustmentRule.From).ToList(),
            terms.PenaltyRules.Select(Application.Covenants.CovenantAdjustmentRule.From).ToList(),
            covenant.Signatures.OrderBy(s => s.SignedOn).ThenBy(s => s.SignedAt)
                .Select(s => new CovenantSignatureDto(
                    units[s.UnitId], s.SignatoryName, s.SignedBy, s.SignedAt, s.SignedOn, HistoricalRecordDto.From(s.Historical), DocumentDto.From(s.Document)))
                .ToList(),
            awaiting,
            covenant.CreatedAt,
            covenant.UpdatedAt,
            covenant.Version,
            covenant.RecordedAs,
            HistoricalRecordDto.From(covenant.History),
            DocumentDto.From(covenant.ScoreboardDecision));
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

    public async Task<UnitAssessmentsDto?> GetUnitAssessmentsAsync(CovenantId id, UnitId unitId, CancellationToken cancellationToken)
    {
        var covenant = await db.Covenants.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (covenant is null || !covenant.HasSigned(unitId))
        {
            return null;
        }

        var assessments = await db.CovenantAssessments.AsNoTracking().AsSplitQuery()
            .Where(a => a.CovenantId == id && a.AssessedUnitId == unitId)
            .ToListAsync(cancellationToken);
        var unitIds = assessments.Select(a => a.AssessorKey).Append(unitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        return new UnitAssessmentsDto(
            id.Value,
            units[unitId].ToReference(),
            assessments
                .OrderBy(a => a.Kind).ThenBy(a => units.TryGetValue(a.AssessorKey, out var u) ? u.Code : string.Empty, StringComparer.Ordinal)
                .Select(a => new AssessmentDto(
                    a.Kind,
                    a.Kind == AssessorKind.Peer ? units[a.AssessorKey].ToReference() : null,
                    a.Scores.Criteria,
                    a.Scores.Bonuses,
                    a.Scores.Penalties,
                    a.Note,
                    Application.Covenants.StaffComposition.From(a.Staff),
                    a.UpdatedBy,
                    a.UpdatedAt,
                    a.Version,
                    a.Changes.OrderBy(c => c.ChangedAt).ThenBy(c => c.Item, StringComparer.Ordinal)
                        .Select(c => new ScoreChangeDto(c.Item, c.OldValue, c.NewValue, c.Reason, c.ChangedBy, c.ChangedAt)).ToList(),
                    a.RecordedAs,
                    HistoricalRecordDto.From(a.History)))
                .ToList());
    }

    public async Task<CovenantRankingDto?> GetRankingAsync(CovenantId id, CancellationToken cancellationToken)
    {
        var covenant = await db.Covenants.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (covenant is null)
        {
            return null;
        }

        var clusterName = await db.Clusters.Where(c => c.Id == covenant.ClusterId).Select(c => c.Name).FirstAsync(cancellationToken);
        // The scores only: an assessment's change log (one row per item changed, 100 per assessment of 100 criteria)
        // is not read here (issue 13 target 3: 60 units × 100 criteria × 3 assessors).
        var assessments = await db.CovenantAssessments.AsNoTracking().Where(a => a.CovenantId == id)
            .Select(a => new { a.AssessedUnitId, a.Kind, a.Scores, a.Staff })
            .ToListAsync(cancellationToken);
        var ranking = CovenantRanking.ComputeFromScores(covenant, assessments.Select(a => new RankingScores(a.AssessedUnitId, a.Kind, a.Scores, a.Staff)));
        var unitIds = ranking.Select(r => r.UnitId).ToList();
        var units = await ReferencesAsync(unitIds, cancellationToken);
        var leaders = covenant.Status == CovenantStatus.Finalized ? covenant.LeadingUnitIds : CovenantRanking.Leaders(ranking);
        return new CovenantRankingDto(
            covenant.Id.Value,
            clusterName,
            covenant.Year,
            covenant.Terms.Title,
            covenant.Status,
            covenant.Terms.ScaleMax,
            covenant.Terms.Criteria.Select(c => c.Code).ToList(),
            covenant.Terms.EffectiveTieBreakers,
            ranking.Select(r => new RankingEntryDto(
                r.Rank, units[r.UnitId], r.CriterionScores, r.Bonus, r.Penalty, r.Total, r.PassesGates, r.FailedGates, r.WomenShare, r.OrderedBy)).ToList(),
            leaders.Select(l => units[l]).ToList());
    }

    /// <summary>The units' references (id, code, name, status) in one statement, not the units with their lineage and ratings.</summary>
    private async Task<Dictionary<UnitId, UnitReferenceDto>> ReferencesAsync(IReadOnlyCollection<UnitId> unitIds, CancellationToken cancellationToken) =>
        (await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Code, u.Name, u.Status }).ToListAsync(cancellationToken))
            .ToDictionary(u => u.Id, u => new UnitReferenceDto(u.Id.Value, u.Code, u.Name, u.Status));
}
