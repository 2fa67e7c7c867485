using Microsoft.EntityFrameworkCore;
using ThiDua.Application.CampaignRegistrations;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Eligibility.Results;
using ThiDua.Application.Nominations;
using ThiDua.Application.Nominations.ListNominations;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Queries;

internal sealed class NominationQueries(ThiDuaDbContext db) : INominationQueries
{
    public async Task<NominationDto?> GetAsync(NominationId id, CancellationToken cancellationToken)
    {
        var n = await db.Nominations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (n is null)
        {
            return null;
        }

        var unit = (await UnitReferences.ByIdsAsync(db, [n.ProposingUnitId], cancellationToken))[n.ProposingUnitId];
        var own = await OwnAwardTypes.LoadAsync(db, cancellationToken);
        return new NominationDto(
            n.Id.Value,
            unit,
            n.Year,
            n.CommendationType,
            n.Title,
            n.CampaignId,
            n.CovenantId,
            n.Status,
            n.RuleSetCode,
            n.SubmittedAt,
            DocumentDto.From(n.Submission),
            n.ReturnReason,
            n.NotAwardedReason,
            n.Decision is { } d ? new AwardDecisionDto(DocumentDto.From(d.Document)!, d.SignerName, d.SignerTitle, n.Lines.Count(l => l.AwardId is not null), n.TotalBonusVnd) : null,
            // In the dossier's order (Nomination.Lines, by line number), whatever order storage returned them in.
            n.Lines.Select(l => new NominationLineDto(
                l.Id,
                l.Number,
                AwardTypeReferenceDto.Of(l.AwardTypeCode, own),
                l.RecipientKind,
                l.PersonId?.Value,
                l.UnitId.Value,
                l.NomineeName,
                l.AchievementSummary,
                l.Evidence,
                l.BasisInitiativeIds,
                l.Justification,
                l.Eligibility is { } eligibility ? EligibilityResult.From(eligibility) : null,
                Application.Nominations.CouncilVote.From(l.Vote),
                Application.Nominations.LineHold.From(l.Hold),
                l.AwardId?.Value,
                l.BonusVnd,
                DocumentDto.From(l.AchievementReport),
                DocumentDto.From(l.CouncilMinutes))).ToList(),
            n.CreatedAt,
            n.UpdatedAt,
            n.Version);
    }

    public async Task<Page<NominationSummaryDto>> ListAsync(ListNominationsQuery query, ReadableUnits readable, CancellationToken cancellationToken)
    {
        var nominations = db.Nominations.AsNoTracking();
        if (await ReadableUnitQuery.IdsAsync(db, readable, cancellationToken) is { } readableIds)
        {
            nominations = nominations.Where(n => readableIds.Contains(n.ProposingUnitId));
        }
        if (query.ProposingUnitId is { } unitId)
        {
            var unit = new UnitId(unitId);
            nominations = nominations.Where(n => n.ProposingUnitId == unit);
        }

        if (query.Year is { } year)
        {
            nominations = nominations.Where(n => n.Year == year);
        }

        if (query.Status is { } status)
        {
            nominations = nominations.Where(n => n.Status == status);
        }

        if (KeysetCursor.Decode(query.Page.Cursor) is { } after)
        {
            var afterCreated = after.KeyAsInstant();
            var afterId = new NominationId(after.Id);
            nominations = nominations.Where(n => EF.Functions.LessThan(ValueTuple.Create(n.CreatedAt, n.Id), ValueTuple.Create(afterCreated, afterId)));
        }

        var rows = await nominations
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(query.Page.Limit + 1)
            .Select(n => new
            {
                n.Id, n.ProposingUnitId, n.Year, n.CommendationType, n.Title, n.Status, n.CreatedAt,
                Lines = n.Lines.Count,
                DecisionNumber = n.Decision == null ? null : n.Decision.Document.Number,
            })
            .ToListAsync(cancellationToken);
        var units = await UnitReferences.ByIdsAsync(db, rows.Select(r => r.ProposingUnitId), cancellationToken);
        var items = rows.Select(r => (r.CreatedAt, Dto: new NominationSummaryDto(
            r.Id.Value, units[r.ProposingUnitId], r.Year, r.CommendationType, r.Title, r.Status, r.Lines, r.DecisionNumber))).ToList();
        var page = KeysetCursor.ToPage(items, query.Page.Limit, x => KeysetCursor.At(x.CreatedAt, x.Dto.Id));
        return new Page<NominationSummaryDto>(page.Items.Select(x => x.Dto).ToList(), page.NextCursor);
    }
}
