using ThiDua.Application.CampaignRegistrations;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Application.Campaigns.GetCampaignOverview;

/// <summary>
/// The campaign summary (tổng hợp): who registered for what, who reported, and the reported indicators added up per
/// period — what the Sở reads before its interim and final reviews.
/// </summary>
public sealed record CampaignOverviewDto(
    Guid CampaignId,
    string Title,
    CampaignStatus Status,
    int UnitsAddressed,
    RegistrationCountsDto Registrations,
    IReadOnlyList<TargetTitleCountDto> TargetTitles,
    IReadOnlyList<TargetTitleCountDto> IndividualTargetTitles,
    int EmulationModels,
    IReadOnlyList<PeriodReportsDto> Reports,
    FinalReviewDto? FinalReview);

/// <summary>Registrations by status, and how many addressed units have not registered.</summary>
public sealed record RegistrationCountsDto(int Submitted, int Approved, int Rejected, int NotRegistered);

/// <summary>How many registrations (or, for individual targets, people) aim for an award type, by registration status.</summary>
public sealed record TargetTitleCountDto(AwardTypeReferenceDto AwardType, int Submitted, int Approved, int Rejected);

/// <summary>The reports of one period (<c>phase-N</c> or <c>final</c>) and their indicator totals.</summary>
public sealed record PeriodReportsDto(string Period, int? PhaseNumber, int UnitsReported, IReadOnlyList<IndicatorTotalDto> Indicators);

/// <summary>
/// One indicator added up over the units that reported it. For a content with a measurable target: one row per content
/// (named after the content, whatever each unit called its indicator), present even when no unit reported on it (totals
/// 0), with the target, its direction (<c>atLeast</c> or <c>atMost</c>) and how many units reached it. Other indicators
/// are grouped by content, name and unit of measure, ignoring case. <c>Average</c> is per reporting unit (null when none reported).
/// </summary>
public sealed record IndicatorTotalDto(
    string? ContentCode,
    string Name,
    string UnitOfMeasure,
    decimal Total,
    decimal? Average,
    int Units,
    decimal? Target,
    int? UnitsMeetingTarget,
    TargetDirection? TargetDirection = null);
