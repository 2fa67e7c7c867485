using ThiDua.Domain.Common;

namespace ThiDua.Domain.People;

/// <summary>Stable error codes of people.</summary>
public static class PersonErrors
{
    public static readonly DomainError UnitNotActive =
        DomainError.Rule("person.unit_not_active", "Cá nhân chỉ công tác tại đơn vị đang hoạt động.", "People are employed only by active units.");

    public static readonly DomainError TransferNotAfterCurrent =
        DomainError.Rule("person.transfer_not_after_current", "Việc điều động phải bắt đầu sau ngày bắt đầu công tác hiện tại.", "A transfer starts after the current employment started.");

    public static readonly DomainError SameUnit =
        DomainError.Rule("person.transfer_same_unit", "Điều động là chuyển cá nhân sang đơn vị khác; để thay đổi chức vụ, hãy cập nhật thông tin.", "A transfer moves the person to another unit; change the position with an update.");

    public static readonly DomainError PeriodInvalid =
        DomainError.Rule("person.period_invalid", "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.", "A period must end on or after its start.");

    public static readonly DomainError DisciplineNotFound =
        DomainError.Rule("person.discipline_not_found", "Cá nhân không có kỷ luật hoặc trường hợp tạm dừng xét này.", "The person has no such discipline or hold.");

    public static readonly DomainError DisciplineAlreadyEnded =
        DomainError.Conflict("person.discipline_already_ended", "Chỉ kết thúc được thời hạn kỷ luật hoặc trường hợp tạm dừng xét còn hiệu lực.", "Only an open discipline period or hold can be ended.");

    public static readonly DomainError LeaveOverlaps =
        DomainError.Rule("person.leave_overlaps", "Thời gian nghỉ trùng với một thời gian nghỉ khác của cá nhân.", "The leave overlaps another leave of the person.");

    public static readonly DomainError LeaveBeforeEmployment =
        DomainError.Rule("person.leave_before_employment", "Thời gian nghỉ phải bắt đầu từ ngày cá nhân bắt đầu công tác trở về sau.", "A leave starts on or after the person's first employment.");

    public static readonly DomainError LeaveAlreadyEnded =
        DomainError.Conflict("person.leave_already_ended", "Chỉ kết thúc được thời gian nghỉ còn đang diễn ra.", "Only an open leave can be ended.");

    public static readonly DomainError PositionInFuture =
        DomainError.Rule("person.position_in_future", "Chức vụ chỉ được ghi nhận khi đã bắt đầu đảm nhiệm.", "A position is recorded once it has started.");

    public static readonly DomainError PositionOverlaps =
        DomainError.Rule("person.position_overlaps", "Chức vụ này đã được ghi nhận trong cùng khoảng thời gian.", "The same position is already recorded over these days.");

    public static readonly DomainError PositionAlreadyEnded =
        DomainError.Conflict("person.position_already_ended", "Chỉ kết thúc được chức vụ đang đảm nhiệm.", "Only a position still held can be ended.");

    public static readonly DomainError DocumentInFuture =
        DomainError.Rule("person.document_in_future", "Văn bản có ngày sau ngày hôm nay.", "The document is dated after today.");

    public static readonly DomainError RetirementBeforeEmployment =
        DomainError.Rule("person.retirement_before_employment", "Ngày nghỉ hưu phải sau ngày bắt đầu công tác.", "A person retires after starting work.");

    public static readonly DomainError CitizenIdTaken =
        DomainError.Conflict("person.citizen_id_taken", "Số căn cước công dân (CCCD) này đã được dùng cho một cá nhân khác.", "Another person has this citizen id (CCCD).");
}
