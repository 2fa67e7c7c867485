namespace ThiDua.Domain.CampaignReports;

/// <summary>
/// A reported result: name, value and unit of measure (e.g. 117 blood units donated), optionally against a numbered
/// content of the campaign, whose target it is then measured against.
/// </summary>
public sealed record ReportIndicator(string Name, decimal Value, string UnitOfMeasure, string? ContentCode)
{
    public const int NameMaxLength = 300;
    public const int UnitOfMeasureMaxLength = 50;
}
