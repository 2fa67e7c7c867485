using ThiDua.Domain.Common;

namespace ThiDua.Domain.CampaignReports;

/// <summary>Stable error codes of campaign reports.</summary>
public static class ReportErrors
{
    public static readonly DomainError UnitOutOfScope =
        DomainError.Rule("report.unit_out_of_scope", "The campaign does not address this unit.");

    public static readonly DomainError UnitNotActive =
        DomainError.Rule("report.unit_not_active", "The unit has been merged or dissolved.");

    public static readonly DomainError UnknownPhase =
        DomainError.Rule("report.unknown_phase", "The campaign has no such phase.");

    public static readonly DomainError PhaseNotStarted =
        DomainError.Rule("report.phase_not_started", "A phase is reported on only once it has started.");

    public static readonly DomainError UnknownContent =
        DomainError.Rule("report.unknown_content", "The indicator names a content the campaign does not have.");

    public static readonly DomainError IndicatorUnitMismatch =
        DomainError.Rule("report.indicator_unit_mismatch", "An indicator against a content with a target must use the target's unit of measure.");

    public static readonly DomainError DuplicateIndicator =
        DomainError.Rule("report.duplicate_indicator", "The same indicator appears more than once in the report.");
}
