using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.CampaignReports.ListReports;

public sealed class ListReportsQueryHandler(IReportQueries queries) : IQueryHandler<ListReportsQuery, Page<ReportSummaryDto>>
{
    public async ValueTask<Page<ReportSummaryDto>> Handle(ListReportsQuery query, CancellationToken cancellationToken) =>
        await queries.ListAsync(query, cancellationToken) ?? throw new NotFoundException("Campaign", query.CampaignId);
}
