using ThiDua.Domain.Common;

namespace ThiDua.Domain.EmulationClusters;

/// <summary>Stable error codes of the emulation cluster aggregate.</summary>
public static class ClusterErrors
{
    public static readonly DomainError NameTaken =
        DomainError.Conflict("cluster.name_taken", "Cơ quan quản lý đã có cụm, khối thi đua với tên này.", "The managing authority already has a cluster or block with this name.");

    public static readonly DomainError ManagingAuthorityNotActive =
        DomainError.Rule("cluster.managing_authority_not_active", "Cơ quan quản lý đã bị sáp nhập hoặc giải thể.", "The managing authority has been merged or dissolved.");

    public static readonly DomainError StructureLocked =
        DomainError.Conflict("cluster.structure_locked", "Không được thay đổi loại hình và cơ quan quản lý sau khi đã ghi nhận nhiệm kỳ.", "Kind and managing authority cannot change once terms are recorded.");

    public static readonly DomainError MemberUnitNotActive =
        DomainError.Rule("cluster.member_unit_not_active", "Đơn vị đã bị sáp nhập hoặc giải thể không thể trở thành thành viên.", "A merged or dissolved unit cannot become a member.");

    public static readonly DomainError UnitInOtherGrouping =
        DomainError.Conflict("cluster.unit_in_other_grouping", "Đơn vị đã thuộc một cụm, khối thi đua khác cùng loại và cùng cơ quan quản lý trong năm đó.", "The unit already belongs to another cluster or block of the same kind and managing authority that year.");

    public static readonly DomainError AlreadyMember =
        DomainError.Conflict("cluster.already_member", "Đơn vị đã là thành viên của nhiệm kỳ này.", "The unit is already a member of this term.");

    public static readonly DomainError HeadAndDeputySame =
        DomainError.Rule("cluster.head_and_deputy_same", "Cụm trưởng và cụm phó phải là hai đơn vị khác nhau.", "The head and the deputy must be different units.");

    public static readonly DomainError PostHolderNotCurrentMember =
        DomainError.Rule("cluster.post_holder_not_current_member", "Cụm trưởng và cụm phó phải là thành viên hiện tại trong nhiệm kỳ của năm đó.", "The head and the deputy must be current members of that year's term.");

    public static readonly DomainError MemberHoldsPost =
        DomainError.Conflict("cluster.member_holds_post", "Đơn vị đang là cụm trưởng hoặc cụm phó của nhiệm kỳ; cần ghi nhận kết quả bầu mới trước.", "The unit is the head or deputy of the term; record a new election first.");

    public static readonly DomainError MemberLeftByReorganisation =
        DomainError.Conflict("cluster.member_left_by_reorganisation", "Đơn vị đã rời nhiệm kỳ do sáp nhập hoặc giải thể; tư cách thành viên được lưu làm lịch sử.", "The unit left the term through a merger or dissolution; its membership is kept as history.");

    public static readonly DomainError JoinDateOutsideYear =
        DomainError.Rule("cluster.join_date_outside_year", "Ngày gia nhập phải nằm trong năm của nhiệm kỳ.", "The join date must fall within the term's year.");

    public static readonly DomainError ManagingAuthorityNotFound =
        DomainError.Rule("cluster.managing_authority_not_found", "Đơn vị cơ quan quản lý không tồn tại.", "The managing authority unit does not exist.");

    public static readonly DomainError CovenantAlreadyOpen =
        DomainError.Conflict("cluster.covenant_already_open", "Giao ước thi đua của năm đã mở ký kết: đơn vị gia nhập lúc này sẽ không thể ký giao ước.", "The year's covenant is already open for signing: a unit joining now could not sign it.");

    public static readonly DomainError MemberOutsideAuthority =
        DomainError.Rule("cluster.member_outside_authority", "Thành viên phải là đơn vị thuộc cơ quan quản lý của cụm, khối thi đua.", "Members must be units under the cluster's managing authority.");

    public static readonly DomainError MemberUnitNotFound =
        DomainError.Rule("cluster.member_unit_not_found", "Một đơn vị thành viên không tồn tại.", "A member unit does not exist.");
}
