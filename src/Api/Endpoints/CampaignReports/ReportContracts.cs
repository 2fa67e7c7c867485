using ThiDua.Api.OpenApi;
using ThiDua.Application.CampaignReports.SubmitReport;

namespace ThiDua.Api.Endpoints.CampaignReports;

/// <summary>A unit's phase or final report: narrative and indicators.</summary>
[ValidatedAs(typeof(SubmitReportCommand))]
public sealed record ReportRequest
{
    /// <example>Đơn vị đã tổ chức phát động, hưởng ứng phong trào thi đua; tổ chức hiến máu tình nguyện nhân Ngày Thương binh Liệt sỹ.</example>
    public string? Narrative { get; init; }

    /// <summary>Results: name, value, unit of measure and, optionally, the content code (e.g. 2.5) they report on.</summary>
    public IReadOnlyList<IndicatorInput>? Indicators { get; init; }

    /// <summary>Historical record mode: the report's real date and the document it is entered from.</summary>
    public HistoricalRequest? Historical { get; init; }
}
