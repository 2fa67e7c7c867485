using ThiDua.Domain.Common;

namespace ThiDua.Domain.CampaignRegistrations;

/// <summary>Stable error codes of campaign registrations.</summary>
public static class RegistrationErrors
{
    public static readonly DomainError DeadlinePassed =
        DomainError.Rule("registration.deadline_passed", "Đã hết hạn đăng ký thi đua của phong trào.", "The campaign's registration deadline has passed.");

    public static readonly DomainError UnitOutOfScope =
        DomainError.Rule("registration.unit_out_of_scope", "Phong trào thi đua không phát động đối với đơn vị này.", "The campaign does not address this unit.");

    public static readonly DomainError UnitNotActive =
        DomainError.Rule("registration.unit_not_active", "Đơn vị đã bị sáp nhập hoặc giải thể.", "The unit has been merged or dissolved.");

    /// <summary>The aggregate's own guard; over HTTP the request validator answers first (400 on <c>targetTitles</c>).</summary>
    public static readonly DomainError NoTargetTitle =
        DomainError.Rule("registration.no_target_title", "Bản đăng ký thi đua phải nêu ít nhất một danh hiệu thi đua tập thể đăng ký.", "A registration names at least one target collective title.");

    public static readonly DomainError UnknownAwardType =
        DomainError.Rule("registration.unknown_award_type", "Mã loại hình khen thưởng không có trong danh mục.", "The award type code is not in the catalogue.");

    public static readonly DomainError TargetTitleNotCollective =
        DomainError.Rule("registration.target_title_not_collective", "Danh hiệu đăng ký của đơn vị phải là danh hiệu thi đua hoặc hình thức khen thưởng dành cho tập thể.", "A unit's target titles must be collective titles or forms.");

    public static readonly DomainError IndividualTargetNotIndividual =
        DomainError.Rule("registration.individual_target_not_individual", "Danh hiệu đăng ký của cá nhân phải là danh hiệu thi đua hoặc hình thức khen thưởng dành cho cá nhân.", "A person's target title must be an individual title or form.");

    public static readonly DomainError AlreadyApproved =
        DomainError.Conflict("registration.already_approved", "Bản đăng ký đã được phê duyệt thì không được thay đổi.", "An approved registration no longer changes.");

    public static readonly DomainError NotAwaitingReview =
        DomainError.Conflict("registration.not_awaiting_review", "Chỉ bản đăng ký đã gửi mới được phê duyệt hoặc từ chối.", "Only a submitted registration is approved or rejected.");
}
