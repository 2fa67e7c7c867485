using Mediator;

namespace ThiDua.Application.Statistics.GetStatisticalReport;

public sealed class GetStatisticalReportQueryHandler(StatisticalReports reports) : IQueryHandler<GetStatisticalReportQuery, StatisticalReportDto>
{
    public async ValueTask<StatisticalReportDto> Handle(GetStatisticalReportQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await reports.MakeAsync(query.FormCode, query.Year, query.AuthorityId, cancellationToken);
    }
}
