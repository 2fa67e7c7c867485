using ThiDua.Domain.Common;

namespace ThiDua.Domain.Units;

/// <summary>Stable error codes of the unit aggregate.</summary>
public static class UnitErrors
{
    public static readonly DomainError CodeTaken =
        DomainError.Conflict("unit.code_taken", "Mã này đã được một đơn vị khác sử dụng.", "Another unit already uses this code.");

    public static readonly DomainError AgencyCodeTaken =
        DomainError.Conflict("unit.agency_code_taken", "Mã định danh điện tử này đã được một đơn vị khác sử dụng.", "Another unit already has this electronic identifier code.");

    public static readonly DomainError NotActive =
        DomainError.Conflict("unit.not_active", "Đơn vị đã bị sáp nhập hoặc giải thể; hồ sơ được lưu làm lịch sử và không còn được thay đổi.", "The unit has been merged or dissolved; its record is kept for history and can no longer change.");

    public static readonly DomainError ParentNotActive =
        DomainError.Rule("unit.parent_not_active", "Đơn vị cấp trên đã bị sáp nhập hoặc giải thể.", "The parent unit has been merged or dissolved.");

    public static readonly DomainError HierarchyCycle =
        DomainError.Rule("unit.hierarchy_cycle", "Đơn vị không thể là cấp trên của chính mình.", "A unit cannot be its own ancestor.");

    public static readonly DomainError SameParent =
        DomainError.Rule("unit.transfer_to_same_parent", "Đơn vị đã trực thuộc đơn vị cấp trên này.", "The unit is already under this parent.");

    public static readonly DomainError SameName =
        DomainError.Rule("unit.rename_to_same_name", "Tên mới trùng với tên hiện tại của đơn vị.", "The new name is the unit's current name.");

    public static readonly DomainError MergeIntoItself =
        DomainError.Rule("unit.merge_into_itself", "Đơn vị không thể sáp nhập vào chính mình.", "A unit cannot be merged into itself.");

    public static readonly DomainError SuccessorNotActive =
        DomainError.Rule("unit.successor_not_active", "Đơn vị kế thừa đã bị sáp nhập hoặc giải thể.", "The successor unit has been merged or dissolved.");

    public static readonly DomainError EffectiveBeforeValidFrom =
        DomainError.Rule("unit.effective_date_before_valid_from", "Ngày hiệu lực trước ngày đơn vị được thành lập.", "The effective date is before the unit existed.");

    public static readonly DomainError EffectiveBeforeLastEvent =
        DomainError.Rule("unit.effective_date_before_last_event", "Ngày hiệu lực trước sự kiện thay đổi tổ chức gần nhất đã ghi nhận của đơn vị.", "The effective date is before the unit's last recorded lineage event.");

    public static readonly DomainError ParentNotFound =
        DomainError.Rule("unit.parent_not_found", "Đơn vị cấp trên không tồn tại.", "The parent unit does not exist.");

    public static readonly DomainError SuccessorNotFound =
        DomainError.Rule("unit.successor_not_found", "Đơn vị kế thừa không tồn tại.", "The successor unit does not exist.");
}
