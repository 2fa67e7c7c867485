using Mediator;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.CampaignReports.ListReports;

/// <summary>
/// A campaign's reports in the order they were first submitted, optionally of one unit and one period
/// (<c>Period</c> = <c>phase-N</c> or <c>final</c>).
/// </summary>
public sealed record ListReportsQuery(Guid CampaignId, Guid? UnitId, string? Period, PageRequest Page) : IQuery<Page<ReportSummaryDto>>;
