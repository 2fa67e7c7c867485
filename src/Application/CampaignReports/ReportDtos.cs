using ThiDua.Application.Common.History;
using ThiDua.Application.Units;
using ThiDua.Domain.Common;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Application.CampaignReports;

/// <summary>
/// A reported indicator; when it is against a content with a measurable target, the target, its direction
/// (<c>atLeast</c> or <c>atMost</c>) and whether the value reaches it.
/// </summary>
public sealed record IndicatorDto(
    string Name, decimal Value, string UnitOfMeasure, string? ContentCode, decimal? Target, bool? TargetMet, TargetDirection? TargetDirection = null);

/// <summary>
/// A unit's report for a phase (<c>phase-N</c>) or its final report (<c>final</c>). <c>SubmittedBy</c>/<c>SubmittedAt</c>
/// are who submitted the current narrative and indicators and when (the first submission or the latest revision);
/// <c>CreatedAt</c> is when the report was first submitted. <c>RecordedAs</c>: <c>live</c>, or <c>history</c> when entered
/// from a past year's documents, each entry so made listed in <c>History</c> with its real date (ADR 0014).
/// </summary>
public sealed record ReportDto(
    Guid Id,
    Guid CampaignId,
    UnitReferenceDto Unit,
    string Period,
    int? PhaseNumber,
    string Narrative,
    IReadOnlyList<IndicatorDto> Indicators,
    string SubmittedBy,
    DateTimeOffset SubmittedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version,
    RecordingMode RecordedAs = RecordingMode.Live,
    IReadOnlyList<HistoricalRecordDto>? History = null);

/// <summary>A report as lists show it.</summary>
public sealed record ReportSummaryDto(Guid Id, UnitReferenceDto Unit, string Period, int? PhaseNumber, int Indicators, DateTimeOffset UpdatedAt);
