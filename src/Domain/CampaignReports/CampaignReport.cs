using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.CampaignReports;

/// <summary>
/// A unit's report on a campaign (báo cáo sơ kết đợt / tổng kết): a narrative and indicators, for one phase or — with no
/// phase — the final report. One per unit per phase and one final report; changed until the campaign closes.
/// </summary>
public sealed class CampaignReport : AggregateRoot<CampaignReportId>
{
    public const int NarrativeMaxLength = 20000;
    public const int MaxIndicators = 200;
    public const string SubmittedAction = "submitted";
    public const string RevisedAction = "revised";


    private CampaignReport()
    {
    }

    public CampaignId CampaignId { get; private set; }

    public UnitId UnitId { get; private set; }

    /// <summary>The phase reported on; null for the final report.</summary>
    public int? PhaseNumber { get; private set; }

    public string Narrative { get; private set; } = null!;

    public IReadOnlyList<ReportIndicator> Indicators { get; private set; } = [];

    /// <summary>Who submitted the current narrative and indicators: the first submission or the latest revision.</summary>
    public string SubmittedBy { get; private set; } = null!;

    /// <summary>When the current narrative and indicators were submitted: the first submission or the latest revision.</summary>
    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>How the report is kept (ADR 0014): live, or entered as history from a past year's documents; never changed in the other mode.</summary>
    public RecordingMode RecordedAs { get; private set; } = RecordingMode.Live;

    /// <summary>The submission and revisions entered as history, oldest first.</summary>
    public IReadOnlyList<HistoricalRecord> History { get; private set; } = [];

    /// <summary>Submits the unit's report for a phase (or the final report when <paramref name="phaseNumber"/> is null).</summary>
    public static CampaignReport Submit(
        Campaign campaign,
        OrganisationUnit unit,
        IReadOnlyCollection<UnitId> ancestorsOfUnit,
        int? phaseNumber,
        string narrative,
        IReadOnlyList<ReportIndicator> indicators,
        string by,
        DateTimeOffset now,
        HistoricalEntry? historical = null)
    {
        EnsureMayReport(campaign, unit, ancestorsOfUnit);
        if (phaseNumber is { } number)
        {
            var phase = campaign.Plan.Phases.FirstOrDefault(p => p.Number == number)
                ?? throw new DomainRuleViolationException(ReportErrors.UnknownPhase.WithMessage($"Phong trào thi đua không có đợt {number}.", $"The campaign has no phase {number}."));
            if (Recording.DateOf(historical, now) < phase.Start)
            {
                throw new DomainRuleViolationException(ReportErrors.PhaseNotStarted.WithMessage($"Đợt {number} bắt đầu từ ngày {phase.Start:dd'/'MM'/'yyyy}.", $"Phase {number} starts on {phase.Start:yyyy-MM-dd}."));
            }
        }

        var report = new CampaignReport
        {
            Id = CampaignReportId.New(),
            CampaignId = campaign.Id,
            UnitId = unit.Id,
            PhaseNumber = phaseNumber,
            RecordedAs = Recording.ModeOf(historical),
        };
        report.Apply(campaign, narrative, indicators, by, now, historical, SubmittedAction);
        return report;
    }

    /// <summary>
    /// Replaces the narrative and indicators; allowed until the campaign closes. A revision passes the same checks as the
    /// first submission: the campaign is open and addresses the unit, and the unit is still active.
    /// </summary>
    /// <param name="campaign">The report's campaign.</param>
    /// <param name="unit">The reporting unit, as it is now.</param>
    /// <param name="ancestorsOfUnit">The unit's ancestors now (a transfer may have taken it out of the campaign's scope).</param>
    /// <param name="narrative">The new narrative.</param>
    /// <param name="indicators">The new indicators.</param>
    /// <param name="by">Who submits.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="historical">When entered as history: the revision's real date; only a report entered as history is revised so.</param>
    public void Revise(
        Campaign campaign,
        OrganisationUnit unit,
        IReadOnlyCollection<UnitId> ancestorsOfUnit,
        string narrative,
        IReadOnlyList<ReportIndicator> indicators,
        string by,
        DateTimeOffset now,
        HistoricalEntry? historical = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(unit);
        if (campaign.Id != CampaignId || unit.Id != UnitId)
        {
            throw new ArgumentException("The campaign and unit must be the report's own.", nameof(unit));
        }

        EnsureMayReport(campaign, unit, ancestorsOfUnit);
        Recording.EnsureSameMode(RecordedAs, historical);
        Apply(campaign, narrative, indicators, by, now, historical, RevisedAction);
    }

    /// <summary>What both a first submission and a revision require of the campaign and the unit.</summary>
    private static void EnsureMayReport(Campaign campaign, OrganisationUnit unit, IReadOnlyCollection<UnitId> ancestorsOfUnit)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(unit);
        campaign.EnsureOpen();
        if (!campaign.Addresses(unit.Id, ancestorsOfUnit))
        {
            throw new DomainRuleViolationException(ReportErrors.UnitOutOfScope);
        }

        if (!unit.IsActive)
        {
            throw new DomainRuleViolationException(ReportErrors.UnitNotActive);
        }
    }

    /// <remarks>
    /// A report entered as history is dated from the launch letter on (a phase's report from the phase's start) and not
    /// before the report's previous entry; the campaign has no end for reports other than its close.
    /// </remarks>
    private void Apply(
        Campaign campaign, string narrative, IReadOnlyList<ReportIndicator> indicators, string by, DateTimeOffset now, HistoricalEntry? historical, string action)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(narrative);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (historical is not null)
        {
            historical.EnsureWithin(campaign.Plan.Letter.Date, LegalCalendar.DateInVietnam(now), new LocalizedText("Báo cáo (từ ngày văn bản phát động trở đi)", "A report (from the launch letter on)"));
            historical.EnsureNotBefore(History.Count == 0 ? null : History[^1].OccurredOn, new LocalizedText("ghi nhận trước đó của báo cáo", "the report's previous entry"));
        }

        var cleaned = indicators
            .Select(i => new ReportIndicator(Text.Clean(i.Name), i.Value, Text.Clean(i.UnitOfMeasure), Text.CleanOptional(i.ContentCode)))
            .ToList();
        foreach (var indicator in cleaned.Where(i => i.ContentCode is not null))
        {
            var content = campaign.Plan.Contents.FirstOrDefault(c => string.Equals(c.Code, indicator.ContentCode, StringComparison.OrdinalIgnoreCase))
                ?? throw new DomainRuleViolationException(ReportErrors.UnknownContent.WithMessage($"Phong trào thi đua không có nội dung {indicator.ContentCode}.", $"The campaign has no content {indicator.ContentCode}."));
            if (content.Target is { } target && !SameUnit(target.UnitOfMeasure, indicator.UnitOfMeasure))
            {
                throw new DomainRuleViolationException(ReportErrors.IndicatorUnitMismatch.WithMessage(
                    $"Nội dung {content.Code} có chỉ tiêu tính bằng '{target.UnitOfMeasure}'; chỉ tiêu '{indicator.Name}' lại tính bằng '{indicator.UnitOfMeasure}'.",
                    $"Content {content.Code} has a target in '{target.UnitOfMeasure}'; indicator '{indicator.Name}' is in '{indicator.UnitOfMeasure}'."));
            }
        }

        if (cleaned.GroupBy(KeyOf).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new DomainRuleViolationException(ReportErrors.DuplicateIndicator.WithMessage($"Chỉ tiêu '{duplicate.First().Name}' xuất hiện nhiều lần.", $"Indicator '{duplicate.First().Name}' appears more than once."));
        }

        // A measurable target is measured by one value per unit, whatever the unit calls it (the summary adds these up
        // per content and counts the units that reach the target).
        var targeted = campaign.Plan.Contents.Where(c => c.Target is not null).Select(c => c.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (cleaned.Where(i => i.ContentCode is not null && targeted.Contains(i.ContentCode))
                .GroupBy(i => i.ContentCode!, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainRuleViolationException(ReportErrors.DuplicateIndicator.WithMessage(
                $"Nội dung {twice.Key} có chỉ tiêu định lượng; chỉ báo cáo một giá trị cho nội dung này, không phải {twice.Count()} giá trị ('{string.Join("', '", twice.Select(i => i.Name))}').",
                $"Content {twice.Key} has a measurable target; report one value against it, not {twice.Count()} ('{string.Join("', '", twice.Select(i => i.Name))}')."));
        }

        Narrative = Text.Clean(narrative);
        Indicators = cleaned;
        SubmittedBy = by;
        SubmittedAt = now;
        if (historical is not null)
        {
            History = [.. History, historical.Of(action)];
        }

        Touch(now);
    }

    /// <summary>Indicators are the same when they have the same content, name and unit of measure, ignoring case.</summary>
    public static string KeyOf(ReportIndicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return string.Join('\u001f', indicator.ContentCode ?? string.Empty, indicator.Name, indicator.UnitOfMeasure).ToUpperInvariant();
    }

    private static bool SameUnit(string a, string b) => string.Equals(Text.Clean(a), Text.Clean(b), StringComparison.OrdinalIgnoreCase);
}
