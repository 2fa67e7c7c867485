using Mediator;

namespace ThiDua.Application.CampaignReports.GetReport;

/// <summary>A unit's report for a phase, or its final report when <c>PhaseNumber</c> is null.</summary>
public sealed record GetReportQuery(Guid CampaignId, Guid UnitId, int? PhaseNumber) : IQuery<ReportDto>;
