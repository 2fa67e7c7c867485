using ThiDua.Domain.Common;

namespace ThiDua.Application.Common.Exceptions;

/// <summary>
/// Stable codes of the 404 answers (ADR 0018): each resource that can be addressed and not exist, declared once with
/// its default message. <see cref="NotFoundException"/> carries one of them; the message of a particular answer names
/// the missing key.
/// </summary>
public static class NotFoundErrors
{
    public static readonly DomainError Resource =
        DomainError.NotFound("resource.not_found", "Không có tài nguyên nào tại địa chỉ này.", "No resource exists at this address.");

    public static readonly DomainError Unit =
        DomainError.NotFound("unit.not_found", "Không tìm thấy đơn vị.", "The unit was not found.");

    public static readonly DomainError Person =
        DomainError.NotFound("person.not_found", "Không tìm thấy cá nhân.", "The person was not found.");

    public static readonly DomainError Campaign =
        DomainError.NotFound("campaign.not_found", "Không tìm thấy phong trào thi đua.", "The campaign was not found.");

    public static readonly DomainError Covenant =
        DomainError.NotFound("covenant.not_found", "Không tìm thấy giao ước thi đua.", "The covenant was not found.");

    public static readonly DomainError Cluster =
        DomainError.NotFound("cluster.not_found", "Không tìm thấy cụm, khối thi đua.", "The cluster was not found.");

    public static readonly DomainError Nomination =
        DomainError.NotFound("nomination.not_found", "Không tìm thấy hồ sơ đề nghị khen thưởng.", "The nomination was not found.");

    public static readonly DomainError Award =
        DomainError.NotFound("award.not_found", "Không tìm thấy khen thưởng.", "The award was not found.");

    public static readonly DomainError AwardType =
        DomainError.NotFound("award_type.not_found", "Loại hình khen thưởng không có trong danh mục.", "The award type is not in the catalogue.");

    public static readonly DomainError RuleSet =
        DomainError.NotFound("rule_set.not_found", "Bộ quy tắc không tồn tại.", "The rule set does not exist.");

    public static readonly DomainError ClusterTerm =
        DomainError.NotFound("cluster_term.not_found", "Cụm, khối thi đua chưa có nhiệm kỳ của năm này.", "The cluster has no term for that year.");

    public static readonly DomainError ClusterMember =
        DomainError.NotFound("cluster_member.not_found", "Đơn vị không phải là thành viên của nhiệm kỳ này.", "The unit is not a member of that term.");

    public static readonly DomainError CovenantAssessment =
        DomainError.NotFound("covenant_assessment.not_found", "Đơn vị chưa ký giao ước thi đua.", "The unit has not signed the covenant.");

    public static readonly DomainError Registration =
        DomainError.NotFound("registration.not_found", "Đơn vị chưa đăng ký thi đua trong phong trào.", "The unit has not registered in the campaign.");

    public static readonly DomainError Report =
        DomainError.NotFound("report.not_found", "Đơn vị không có báo cáo này trong phong trào thi đua.", "The unit has no such report in the campaign.");

    public static readonly DomainError Document =
        DomainError.NotFound("document.not_found", "Không tìm thấy văn bản.", "The document was not found.");

    public static readonly DomainError PersonLeave =
        DomainError.NotFound("person.leave_not_found", "Cá nhân không có thời gian nghỉ này.", "The person has no such leave.");

    public static readonly DomainError PersonPosition =
        DomainError.NotFound("person.position_not_found", "Cá nhân không có chức vụ này.", "The person has no such position.");

    /// <summary>The code of a resource addressed by its key (<c>Unit</c> → <c>unit.not_found</c>).</summary>
    internal static DomainError For(string resource) => resource switch
    {
        nameof(Unit) => Unit,
        nameof(Person) => Person,
        nameof(Campaign) => Campaign,
        nameof(Covenant) => Covenant,
        nameof(Cluster) => Cluster,
        nameof(Nomination) => Nomination,
        nameof(Award) => Award,
        nameof(Document) => Document,
        _ => throw new ArgumentOutOfRangeException(nameof(resource), resource, "No not-found code is declared for this resource (NotFoundErrors)."),
    };
}
