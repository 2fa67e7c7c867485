using Microsoft.EntityFrameworkCore;
using ThiDua.Application.CampaignRegistrations;
using ThiDua.Application.CampaignRegistrations.ListRegistrations;
using ThiDua.Application.Campaigns.GetCampaignOverview;
using ThiDua.Application.Common.History;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Units;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Queries;

internal sealed class RegistrationQueries(ThiDuaDbContext db) : IRegistrationQueries
{
    public async Task<RegistrationDto?> GetAsync(CampaignId campaignId, UnitId unitId, CancellationToken cancellationToken)
    {
        var row = await db.CampaignRegistrations.AsNoTracking()
            .Where(r => r.CampaignId == campaignId && r.UnitId == unitId)
            .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { Registration = r, Unit = u })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var r = row.Registration;
        var own = await OwnAwardTypes.LoadAsync(db, cancellationToken);
        return new RegistrationDto(
            r.Id.Value,
            r.CampaignId.Value,
            row.Unit.ToReference(),
            r.Status,
            r.Content.TargetTitles.Select(t => AwardTypeReferenceDto.Of(t, own)).ToList(),
            Application.CampaignRegistrations.EmulationModel.From(r.Content.Models),
            r.Content.IndividualTargets.Select(t => new IndividualTargetDto(t.FullName, t.Position, AwardTypeReferenceDto.Of(t.TargetTitle, own))).ToList(),
            r.SubmittedBy,
            r.SubmittedAt,
            r.ReviewedBy,
            r.ReviewedAt,
            r.RejectionReason,
            r.CreatedAt,
            r.UpdatedAt,
            r.Version,
            r.RecordedAs,
            HistoricalRecordDto.From(r.History));
    }

    public async Task<RegistrationListDto?> ListAsync(ListRegistrationsQuery query, CancellationToken cancellationToken)
    {
        var campaignId = new CampaignId(query.CampaignId);
        if (!await db.Campaigns.AnyAsync(c => c.Id == campaignId, cancellationToken))
        {
            return null;
        }

        // Codes are stored upper-case (RegistrationInput.ToContent), so the filter ignores case the same way. A code
        // matches the unit's own target titles or any of its people's, as the summary counts both.
        var title = string.IsNullOrWhiteSpace(query.TargetTitle) ? null : query.TargetTitle.Trim().ToUpperInvariant();
        // jsonb containment is not expressible in LINQ over the converted content; xmin (the row version) is a system
        // column that "*" leaves out.
        var registrations = db.CampaignRegistrations
            .FromSqlInterpolated($"""
                SELECT *, xmin FROM thidua.campaign_registrations
                WHERE campaign_id = {query.CampaignId}
                  AND ({title}::text IS NULL
                       OR content -> 'targetTitles' @> jsonb_build_array({title}::text)
                       OR content -> 'individualTargets' @> jsonb_build_array(jsonb_build_object('targetTitle', {title}::text)))
                """)
            .AsNoTracking();
        if (query.Status is { } status)
        {
            registrations = registrations.Where(r => r.Status == status);
        }

        // The counts cover the whole filtered set, not the page, and are counted by PostgreSQL: no page loads the
        // registrations' content to count it.
        var statusName = query.Status?.ToString();
        var counts = await db.Database.SqlQuery<TitleCountRow>($"""
            WITH filtered AS (
                SELECT status, content FROM thidua.campaign_registrations
                WHERE campaign_id = {query.CampaignId}
                  AND ({statusName}::text IS NULL OR status = {statusName}::text)
                  AND ({title}::text IS NULL
                       OR content -> 'targetTitles' @> jsonb_build_array({title}::text)
                       OR content -> 'individualTargets' @> jsonb_build_array(jsonb_build_object('targetTitle', {title}::text))))
            SELECT false AS "Individual", t.code AS "Code", f.status AS "Status", count(*)::int AS "Count"
            FROM filtered f CROSS JOIN LATERAL (SELECT DISTINCT jsonb_array_elements_text(f.content -> 'targetTitles') AS code) t
            GROUP BY t.code, f.status
            UNION ALL
            SELECT true, p.person ->> 'targetTitle', f.status, count(*)::int
            FROM filtered f CROSS JOIN LATERAL jsonb_array_elements(f.content -> 'individualTargets') AS p(person)
            GROUP BY 2, f.status
            """).ToListAsync(cancellationToken);
        var ownTypes = await OwnAwardTypes.LoadAsync(db, cancellationToken);
        List<TargetTitleCountDto> CountsOf(bool individual) => CampaignQueries.CountByTitle(
            counts.Where(c => c.Individual == individual).Select(c => (c.Code, Enum.Parse<RegistrationStatus>(c.Status), c.Count)), ownTypes);
        var countsByTitle = CountsOf(individual: false);
        var countsByIndividualTitle = CountsOf(individual: true);

        if (KeysetCursor.Decode(query.Page.Cursor) is { } after)
        {
            var afterCreated = after.KeyAsInstant();
            var afterId = new CampaignRegistrationId(after.Id);
            registrations = registrations.Where(r => EF.Functions.GreaterThan(ValueTuple.Create(r.CreatedAt, r.Id), ValueTuple.Create(afterCreated, afterId)));
        }

        var rows = await registrations
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Take(query.Page.Limit + 1)
            .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { Registration = r, Unit = u })
            .ToListAsync(cancellationToken);
        var own = ownTypes;
        var items = rows
            .OrderBy(x => x.Registration.CreatedAt).ThenBy(x => x.Registration.Id.Value)
            .Select(x => (Created: x.Registration.CreatedAt, Dto: new RegistrationSummaryDto(
                x.Registration.Id.Value,
                x.Unit.ToReference(),
                x.Registration.Status,
                x.Registration.Content.TargetTitles.Select(t => AwardTypeReferenceDto.Of(t, own)).ToList(),
                x.Registration.Content.Models.Count,
                x.Registration.Content.IndividualTargets.Count,
                x.Registration.UpdatedAt)))
            .ToList();
        var page = KeysetCursor.ToPage(items, query.Page.Limit, x => KeysetCursor.At(x.Created, x.Dto.Id));
        return new RegistrationListDto(page.Items.Select(x => x.Dto).ToList(), page.NextCursor, countsByTitle, countsByIndividualTitle);
    }
}

/// <summary>One row of a count of target titles (the units' own, or their people's) by registration status.</summary>
internal sealed record TitleCountRow(bool Individual, string Code, string Status, int Count);
