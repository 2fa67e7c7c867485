using ThiDua.Application.CampaignReports.ListReports;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;

namespace ThiDua.Application.CampaignReports;

/// <summary>Read side of campaign reports (implemented in Infrastructure).</summary>
public interface IReportQueries
{
    Task<ReportDto?> GetAsync(CampaignId campaignId, UnitId unitId, int? phaseNumber, CancellationToken cancellationToken);

    /// <summary>The page, or null when the campaign does not exist.</summary>
    Task<Page<ReportSummaryDto>?> ListAsync(ListReportsQuery query, CancellationToken cancellationToken);
}
