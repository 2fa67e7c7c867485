using Microsoft.EntityFrameworkCore;
using ThiDua.Application.CampaignReports;
using ThiDua.Application.CampaignReports.ListReports;
using ThiDua.Application.Common.History;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Units;
using ThiDua.Domain.CampaignReports;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Queries;

internal sealed class ReportQueries(ThiDuaDbContext db) : IReportQueries
{
    public async Task<ReportDto?> GetAsync(CampaignId campaignId, UnitId unitId, int? phaseNumber, CancellationToken cancellationToken)
    {
        var row = await db.CampaignReports.AsNoTracking()
            .Where(r => r.CampaignId == campaignId && r.UnitId == unitId && r.PhaseNumber == phaseNumber)
            .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { Report = r, Unit = u })
            .Join(db.Campaigns, x => x.Report.CampaignId, c => c.Id, (x, c) => new { x.Report, x.Unit, c.Plan })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var targets = row.Plan.Contents.Where(c => c.Target is not null).ToDictionary(c => c.Code, c => c.Target!, StringComparer.OrdinalIgnoreCase);
        var r = row.Report;
        return new ReportDto(
            r.Id.Value,
            r.CampaignId.Value,
            row.Unit.ToReference(),
            ReportPeriod.Name(r.PhaseNumber),
            r.PhaseNumber,
            r.Narrative,
            r.Indicators.Select(i =>
            {
                var target = i.ContentCode is { } code && targets.TryGetValue(code, out var t) ? t : null;
                return new IndicatorDto(i.Name, i.Value, i.UnitOfMeasure, i.ContentCode, target?.Value, target?.IsMetBy(i.Value), target?.Direction);
            }).ToList(),
            r.SubmittedBy,
            r.SubmittedAt,
            r.CreatedAt,
            r.UpdatedAt,
            r.Version,
            r.RecordedAs,
            HistoricalRecordDto.From(r.History));
    }

    public async Task<Page<ReportSummaryDto>?> ListAsync(ListReportsQuery query, CancellationToken cancellationToken)
    {
        var campaignId = new CampaignId(query.CampaignId);
        if (!await db.Campaigns.AnyAsync(c => c.Id == campaignId, cancellationToken))
        {
            return null;
        }

        var reports = db.CampaignReports.AsNoTracking().Where(r => r.CampaignId == campaignId);
        if (query.UnitId is { } unitId)
        {
            var unit = new UnitId(unitId);
            reports = reports.Where(r => r.UnitId == unit);
        }

        if (query.Period is not null && ReportPeriod.TryParse(query.Period, out var phase))
        {
            reports = reports.Where(r => r.PhaseNumber == phase);
        }

        if (KeysetCursor.Decode(query.Page.Cursor) is { } after)
        {
            var afterCreated = after.KeyAsInstant();
            var afterId = new CampaignReportId(after.Id);
            reports = reports.Where(r => EF.Functions.GreaterThan(ValueTuple.Create(r.CreatedAt, r.Id), ValueTuple.Create(afterCreated, afterId)));
        }

        var rows = await reports
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Take(query.Page.Limit + 1)
            .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { Report = r, Unit = u })
            .ToListAsync(cancellationToken);
        var items = rows
            .OrderBy(x => x.Report.CreatedAt).ThenBy(x => x.Report.Id.Value)
            .Select(x => (Created: x.Report.CreatedAt, Dto: new ReportSummaryDto(
                x.Report.Id.Value, x.Unit.ToReference(), ReportPeriod.Name(x.Report.PhaseNumber), x.Report.PhaseNumber, x.Report.Indicators.Count, x.Report.UpdatedAt)))
            .ToList();
        var page = KeysetCursor.ToPage(items, query.Page.Limit, x => KeysetCursor.At(x.Created, x.Dto.Id));
        return new Page<ReportSummaryDto>(page.Items.Select(x => x.Dto).ToList(), page.NextCursor);
    }
}
