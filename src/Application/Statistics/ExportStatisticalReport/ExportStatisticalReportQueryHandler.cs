using System.Globalization;
using Mediator;

namespace ThiDua.Application.Statistics.ExportStatisticalReport;

public sealed class ExportStatisticalReportQueryHandler(StatisticalReports reports, IStatisticalReportSpreadsheetWriter writer)
    : IQueryHandler<ExportStatisticalReportQuery, StatisticalReportSpreadsheet>
{
    public async ValueTask<StatisticalReportSpreadsheet> Handle(ExportStatisticalReportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var report = await reports.MakeAsync(query.FormCode, query.Year, query.AuthorityId, cancellationToken);
        return new StatisticalReportSpreadsheet(
            string.Create(CultureInfo.InvariantCulture, $"bieu-{report.Form.Code}-{report.Period.Year}-{report.Authority.Code}.xlsx"),
            writer.Write(report));
    }
}
