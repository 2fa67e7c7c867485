using ThiDua.Domain.Common;

namespace ThiDua.Domain.Campaigns;

/// <summary>Stable error codes of the campaign aggregate.</summary>
public static class CampaignErrors
{
    public static readonly DomainError NotDraft =
        DomainError.Conflict("campaign.not_draft", "Chỉ phong trào thi đua ở trạng thái dự thảo mới được sửa đổi hoặc phát động.", "Only a draft campaign can be revised or launched.");

    public static readonly DomainError NotLaunched =
        DomainError.Conflict("campaign.not_launched", "Phong trào thi đua chưa được phát động.", "The campaign has not been launched yet.");

    public static readonly DomainError Closed =
        DomainError.Conflict("campaign.closed", "Phong trào thi đua đã kết thúc bằng tổng kết; không được thay đổi nội dung nào nữa.", "The campaign is closed by its final review; nothing in it changes any more.");

    public static readonly DomainError ReviewBeforeLaunch =
        DomainError.Rule("campaign.review_before_launch", "Ngày tổng kết không được trước ngày văn bản phát động.", "The final review cannot be dated before the launch letter.");

    public static readonly DomainError ReviewBeforeLastPhase =
        DomainError.Rule(
            "campaign.review_before_last_phase",
            "Ngày tổng kết không được trước ngày bắt đầu đợt thi đua cuối cùng (hoặc ngày bắt đầu phong trào nếu không chia đợt): đợt đó sẽ không thể được báo cáo.",
            "The final review cannot be dated before the last phase starts (the period's start when there are no phases): that phase could never be reported on.");

    public static readonly DomainError ReviewInFuture =
        DomainError.Rule("campaign.review_in_future", "Ngày tổng kết không được là ngày trong tương lai.", "The final review cannot be dated in the future.");

    public static readonly DomainError RegistrationsAwaitingReview =
        DomainError.Rule("campaign.registrations_awaiting_review", "Mọi bản đăng ký thi đua phải được phê duyệt hoặc từ chối trước khi kết thúc phong trào.", "Every registration must be approved or rejected before the campaign closes.");

    public static readonly DomainError LaunchingAuthorityNotFound =
        DomainError.Rule("campaign.launching_authority_not_found", "Cơ quan phát động không tồn tại.", "The launching authority does not exist.");

    public static readonly DomainError LaunchingAuthorityNotActive =
        DomainError.Rule("campaign.launching_authority_not_active", "Cơ quan phát động đã bị sáp nhập hoặc giải thể.", "The launching authority has been merged or dissolved.");

    public static readonly DomainError PeriodInvalid =
        DomainError.Rule("campaign.period_invalid", "Ngày kết thúc phong trào thi đua phải bằng hoặc sau ngày bắt đầu.", "The campaign period must end on or after its start.");

    public static readonly DomainError NoContent =
        DomainError.Rule("campaign.no_content", "Phong trào thi đua phải có ít nhất một nội dung thi đua.", "A campaign needs at least one content.");

    public static readonly DomainError DuplicateContentCode =
        DomainError.Rule("campaign.duplicate_content_code", "Mã nội dung thi đua không được trùng nhau.", "Content codes must be unique.");

    public static readonly DomainError PhaseOutsidePeriod =
        DomainError.Rule("campaign.phase_outside_period", "Mỗi đợt thi đua phải nằm trong thời gian của phong trào.", "Every phase must lie inside the campaign period.");

    public static readonly DomainError PhasesOverlap =
        DomainError.Rule("campaign.phases_overlap", "Các đợt thi đua phải theo thứ tự và không được chồng lấn nhau.", "Phases must be in order and must not overlap.");

    public static readonly DomainError PhaseNotAfterLast =
        DomainError.Rule("campaign.phase_not_after_last", "Sau khi phát động, chỉ được bổ sung đợt mới tiếp sau đợt cuối cùng.", "After launch, a new phase can only follow the last one.");

    public static readonly DomainError RegistrationDeadlineOutsidePeriod =
        DomainError.Rule("campaign.registration_deadline_outside_period", "Hạn đăng ký thi đua phải nằm trong thời gian của phong trào.", "The registration deadline must fall inside the campaign period.");

    public static readonly DomainError DossierWindowInvalid =
        DomainError.Rule("campaign.dossier_window_invalid", "Ngày kết thúc thời hạn nộp hồ sơ đề nghị khen thưởng phải bằng hoặc sau ngày bắt đầu.", "The nomination dossier window must end on or after its start.");

    public static readonly DomainError ScopeUnitOutsideAuthority =
        DomainError.Rule("campaign.scope_unit_outside_authority", "Các đơn vị được nêu phải thuộc quyền quản lý của cơ quan phát động.", "Listed units must be under the launching authority.");

    public static readonly DomainError LaunchingClusterNotFound =
        DomainError.Rule("campaign.launching_cluster_not_found", "Cụm, khối thi đua phát động không tồn tại.", "The launching cluster or block does not exist.");

    public static readonly DomainError ClusterNoTermForYear =
        DomainError.Rule("campaign.cluster_no_term_for_year", "Cụm thi đua chưa có nhiệm kỳ cho năm của phong trào: cần ghi nhận thành viên và cụm trưởng trước.", "The cluster has no term for the campaign's year: record its members and head first.");

    public static readonly DomainError ClusterHasNoHead =
        DomainError.Rule(
            "campaign.cluster_has_no_head",
            "Cụm thi đua chưa có đơn vị cụm trưởng trong năm của phong trào (chưa bầu, hoặc cụm trưởng đã rời cụm): cụm hoạt động thông qua cụm trưởng, vì vậy cần ghi nhận kết quả bầu trước.",
            "The cluster has no head unit for the campaign's year (none elected, or the head left the cluster): a cluster acts through its head, so record the election first.");

    public static readonly DomainError ClusterPeriodOutsideYear =
        DomainError.Rule(
            "campaign.cluster_period_outside_year",
            "Phong trào do cụm thi đua phát động diễn ra trong một năm nhiệm kỳ của cụm: thời gian phong trào phải bắt đầu và kết thúc trong cùng một năm (năm của nhiệm kỳ).",
            "A cluster's campaign runs within one year of the cluster's terms: its period must start and end in the same year (the term's year).");

    public static readonly DomainError ScopeUnitNotClusterMember =
        DomainError.Rule("campaign.scope_unit_not_cluster_member", "Phong trào do cụm thi đua phát động chỉ hướng tới các thành viên hiện tại trong nhiệm kỳ của năm đó.", "A cluster's campaign addresses only current members of the cluster's term for the year.");
}
