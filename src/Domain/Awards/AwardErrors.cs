using ThiDua.Domain.Common;

namespace ThiDua.Domain.Awards;

/// <summary>Stable error codes of award records.</summary>
public static class AwardErrors
{
    public static readonly DomainError UnknownAwardType =
        DomainError.Rule("award.unknown_award_type", "Mã loại hình khen thưởng không có trong danh mục.", "The award type code is not in the catalogue.");

    public static readonly DomainError RecipientKindMismatch =
        DomainError.Rule("award.recipient_kind_mismatch", "Loại hình khen thưởng này dành cho đối tượng khác (cá nhân hoặc tập thể).", "The award type is for the other kind of recipient (person or collective).");

    public static readonly DomainError DecisionBeforeYear =
        DomainError.Rule("award.decision_before_year", "Quyết định không thể khen thưởng cho một năm chưa bắt đầu.", "A decision cannot award a year that has not begun.");

    public static readonly DomainError DecisionInFuture =
        DomainError.Rule("award.decision_in_future", "Khen thưởng chỉ được ghi nhận theo quyết định đã ban hành; ngày quyết định không được sau ngày hôm nay.", "An award is recorded from a decision already issued; the decision cannot be dated after today.");

    public static readonly DomainError RevocationInFuture =
        DomainError.Rule("award.revocation_in_future", "Việc hủy bỏ khen thưởng chỉ được ghi nhận theo quyết định đã ban hành; ngày quyết định không được sau ngày hôm nay.", "A revocation is recorded from a decision already issued; it cannot be dated after today.");

    public static readonly DomainError UnknownInitiative =
        DomainError.Rule("award.unknown_initiative", "Sáng kiến làm căn cứ không thuộc các sáng kiến đã ghi nhận của đối tượng được khen thưởng.", "The basis initiative is not one of the recipient's recorded initiatives.");

    public static readonly DomainError InitiativeAlreadyUsed =
        DomainError.Rule("award.initiative_already_used", "Mỗi sáng kiến hoặc công trình khoa học chỉ làm căn cứ cho một hình thức khen thưởng (Công văn 5007/BNV-TĐKT, mục III.5.c; R9).", "An initiative or scientific work supports one award only (Công văn 5007/BNV-TĐKT, mục III.5.c; R9).");

    public static readonly DomainError Duplicate =
        DomainError.Conflict("award.duplicate", "Đối tượng đã được tặng hình thức khen thưởng này trong năm (Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 5 khoản 2 điểm c).", "The recipient already holds this award for this year (Law 06/2022/QH15 Art. 5.2.c).");

    public static readonly DomainError AlreadyRevoked =
        DomainError.Conflict("award.already_revoked", "Khen thưởng này đã bị hủy bỏ trước đó.", "The award has already been revoked.");

    public static readonly DomainError RevocationBeforeDecision =
        DomainError.Rule("award.revocation_before_decision", "Quyết định hủy bỏ không thể có ngày trước ngày của quyết định khen thưởng.", "A revocation decision cannot predate the award decision.");
}
