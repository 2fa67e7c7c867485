using Mediator;

namespace ThiDua.Application.Statistics.ExportStatisticalReport;

/// <summary>A statistical report as an .xlsx workbook in the form's layout (ADR 0034); the same report as the JSON one.</summary>
public sealed record ExportStatisticalReportQuery(string FormCode, int Year, Guid? AuthorityId) : IQuery<StatisticalReportSpreadsheet>;
