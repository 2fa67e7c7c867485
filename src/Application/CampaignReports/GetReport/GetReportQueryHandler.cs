using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;

namespace ThiDua.Application.CampaignReports.GetReport;

public sealed class GetReportQueryHandler(IReportQueries queries) : IQueryHandler<GetReportQuery, ReportDto>
{
    public async ValueTask<ReportDto> Handle(GetReportQuery query, CancellationToken cancellationToken) =>
        await queries.GetAsync(new CampaignId(query.CampaignId), new UnitId(query.UnitId), query.PhaseNumber, cancellationToken)
            ?? throw new NotFoundException(
                NotFoundErrors.Report, $"Unit '{query.UnitId}' has no {ReportPeriod.Name(query.PhaseNumber)} report in campaign '{query.CampaignId}'.");
}
