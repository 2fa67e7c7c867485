using ThiDua.Domain.Common;

namespace ThiDua.Domain.RuleSets;

/// <summary>Stable error codes of rule parameters.</summary>
public static class RuleSetErrors
{
    public static readonly DomainError ShareOutOfRange =
        DomainError.Rule("rule_set.share_out_of_range", "Tỷ lệ phải lớn hơn 0 và không quá 1 (100 %).", "A share lies above 0 and at most 1 (100 %).");

    public static readonly DomainError OverrideBeforeItsRegulation =
        DomainError.Rule("rule_set.override_before_regulation", "Tham số không thể có hiệu lực trước ngày ban hành văn bản quy định tham số đó.", "A parameter cannot take effect before the regulation that sets it was issued.");

    public static readonly DomainError NoParameter =
        DomainError.Rule("rule_set.no_parameter", "Mỗi phiên bản tham số của tỉnh phải quy định ít nhất một tham số.", "A version of a province's parameters sets at least one parameter.");

    public static readonly DomainError OverrideExists =
        DomainError.Conflict("rule_set.override_exists", "Tỉnh đã có tham số có hiệu lực từ ngày đó.", "The province already has a parameter taking effect on that date.");
}
