using ThiDua.Domain.CampaignReports;

namespace ThiDua.Infrastructure.Persistence.StoredShapes.CampaignReports;

/// <summary>
/// The stored shape of one reported indicator (ADR 0024); <c>campaign_reports.indicators</c> is an array of them, each
/// with its own <c>v</c>, as the <c>history</c> columns are.
/// </summary>
internal sealed record ReportIndicatorV1(string Name, decimal Value, string UnitOfMeasure, string? ContentCode) : StoredShape
{
    public static IReadOnlyList<ReportIndicatorV1> FromAll(IReadOnlyList<ReportIndicator> indicators) =>
        indicators.Select(i => new ReportIndicatorV1(i.Name, i.Value, i.UnitOfMeasure, i.ContentCode)).ToList();

    public static IReadOnlyList<ReportIndicator> ToDomainAll(IReadOnlyList<ReportIndicatorV1> indicators) =>
        indicators.Select(i => i.ToDomain()).ToList();

    public ReportIndicator ToDomain()
    {
        EnsureVersion(1);
        return new(Name, Value, UnitOfMeasure, ContentCode);
    }
}
