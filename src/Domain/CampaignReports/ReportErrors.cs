using ThiDua.Domain.Common;

namespace ThiDua.Domain.CampaignReports;

/// <summary>Stable error codes of campaign reports.</summary>
public static class ReportErrors
{
    public static readonly DomainError UnitOutOfScope =
        DomainError.Rule("report.unit_out_of_scope", "Phong trào thi đua không phát động đối với đơn vị này.", "The campaign does not address this unit.");

    public static readonly DomainError UnitNotActive =
        DomainError.Rule("report.unit_not_active", "Đơn vị đã bị sáp nhập hoặc giải thể.", "The unit has been merged or dissolved.");

    public static readonly DomainError UnknownPhase =
        DomainError.Rule("report.unknown_phase", "Phong trào thi đua không có đợt thi đua này.", "The campaign has no such phase.");

    public static readonly DomainError PhaseNotStarted =
        DomainError.Rule("report.phase_not_started", "Chỉ báo cáo đợt thi đua sau khi đợt đó đã bắt đầu.", "A phase is reported on only once it has started.");

    public static readonly DomainError UnknownContent =
        DomainError.Rule("report.unknown_content", "Chỉ tiêu nêu một nội dung thi đua mà phong trào không có.", "The indicator names a content the campaign does not have.");

    public static readonly DomainError IndicatorUnitMismatch =
        DomainError.Rule("report.indicator_unit_mismatch", "Chỉ tiêu thuộc nội dung có chỉ tiêu giao phải dùng đơn vị tính của chỉ tiêu đó.", "An indicator against a content with a target must use the target's unit of measure.");

    public static readonly DomainError DuplicateIndicator =
        DomainError.Rule("report.duplicate_indicator", "Một chỉ tiêu xuất hiện nhiều lần trong báo cáo.", "The same indicator appears more than once in the report.");
}
