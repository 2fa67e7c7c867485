using ThiDua.Domain.Common;

namespace ThiDua.Domain.Covenants;

/// <summary>Stable error codes of the covenant aggregate.</summary>
public static class CovenantErrors
{
    public static readonly DomainError AlreadyExists =
        DomainError.Conflict("covenant.already_exists", "Cụm thi đua đã có giao ước thi đua cho năm này.", "The cluster already has a covenant for this year.");

    public static readonly DomainError NoTermForYear =
        DomainError.Rule("covenant.no_term_for_year", "Cụm thi đua chưa có nhiệm kỳ cho năm này: cần ghi nhận thành viên trước.", "The cluster has no term for this year: record its members first.");

    public static readonly DomainError ClusterNotFound =
        DomainError.Rule("covenant.cluster_not_found", "Cụm thi đua không tồn tại.", "The cluster does not exist.");

    public static readonly DomainError NotDraft =
        DomainError.Conflict("covenant.not_draft", "Chỉ giao ước thi đua ở trạng thái dự thảo mới được sửa hoặc mở ký kết.", "Only a draft covenant can be edited or opened for signing.");

    public static readonly DomainError NotOpenForSigning =
        DomainError.Conflict("covenant.not_open_for_signing", "Giao ước thi đua chưa mở ký kết.", "The covenant is not open for signing.");

    public static readonly DomainError NotInForce =
        DomainError.Conflict("covenant.not_in_force", "Chỉ mở chấm điểm khi tất cả đơn vị thành viên đã ký giao ước.", "Scoring opens only once every member unit has signed.");

    public static readonly DomainError NotScoring =
        DomainError.Conflict("covenant.not_scoring", "Chỉ giao ước thi đua đang mở chấm điểm mới được chốt kết quả.", "Only a covenant open for scoring can be finalized.");

    public static readonly DomainError SigningDeadlinePassed =
        DomainError.Rule("covenant.signing_deadline_passed", "Đã hết hạn ký giao ước thi đua.", "The signing deadline has passed.");

    public static readonly DomainError SignatoryNotMember =
        DomainError.Rule("covenant.signatory_not_member", "Chỉ các đơn vị thành viên hiện tại trong nhiệm kỳ của năm mới ký giao ước thi đua.", "Only current member units of the year's term sign the covenant.");

    public static readonly DomainError AlreadySigned =
        DomainError.Conflict("covenant.already_signed", "Đơn vị thành viên này đã ký giao ước thi đua.", "This member unit has already signed the covenant.");

    public static readonly DomainError NoCriteria =
        DomainError.Rule("covenant.no_criteria", "Giao ước thi đua phải có ít nhất một nội dung và một tiêu chí trước khi mở ký kết.", "A covenant needs at least one content and one criterion before it is opened for signing.");

    public static readonly DomainError CriterionContentUnknown =
        DomainError.Rule("covenant.criterion_content_unknown", "Một tiêu chí dẫn chiếu số thứ tự nội dung mà giao ước thi đua không có.", "A criterion refers to a content number the covenant does not have.");

    public static readonly DomainError CriteriaTotalMismatch =
        DomainError.Rule("covenant.criteria_total_mismatch", "Tổng điểm các tiêu chí không bằng điểm tối đa của thang điểm.", "The criteria's points do not add up to the scale maximum.");

    public static readonly DomainError DeadlineOutsideYear =
        DomainError.Rule("covenant.signing_deadline_outside_year", "Hạn ký giao ước thi đua phải nằm trong năm của giao ước.", "The signing deadline must fall in the covenant's year.");

    public static readonly DomainError PhaseEndsBeforeStart =
        DomainError.Rule("covenant.phase_ends_before_start", "Ngày kết thúc đợt thi đua phải bằng hoặc sau ngày bắt đầu.", "A phase must end on or after its start.");

    public static readonly DomainError PhaseOutsideYear =
        DomainError.Rule("covenant.phase_outside_year", "Mỗi đợt thi đua phải nằm trong năm của giao ước thi đua.", "Every phase must lie inside the covenant's year.");

    public static readonly DomainError PhasesOutOfOrder =
        DomainError.Rule("covenant.phases_out_of_order", "Các đợt thi đua được liệt kê theo thứ tự thời gian: mỗi đợt bắt đầu sau đợt trước.", "Phases are listed in the order they run: each starts after the one before it.");

    public static readonly DomainError PhasesOverlap =
        DomainError.Rule("covenant.phases_overlap", "Đợt thi đua phải bắt đầu sau khi đợt trước kết thúc.", "A phase must start after the one before it ends.");
}
