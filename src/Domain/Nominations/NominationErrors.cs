using ThiDua.Domain.Common;

namespace ThiDua.Domain.Nominations;

/// <summary>Stable error codes of nominations.</summary>
public static class NominationErrors
{
    public static readonly DomainError NotEditable =
        DomainError.Conflict("nomination.not_editable", "Chỉ được thay đổi các dòng đề nghị khi hồ sơ ở trạng thái dự thảo hoặc đã bị trả lại.", "Lines change only while the dossier is a draft or has been returned.");

    public static readonly DomainError WrongState =
        DomainError.Conflict("nomination.wrong_state", "Trạng thái hiện tại của hồ sơ không cho phép thao tác này.", "The dossier is not in a state that allows this.");

    public static readonly DomainError ProposingUnitNotActive =
        DomainError.Rule("nomination.proposing_unit_not_active", "Đơn vị đề nghị đã bị sáp nhập hoặc giải thể.", "The proposing unit has been merged or dissolved.");

    public static readonly DomainError UnknownAwardType =
        DomainError.Rule("nomination.unknown_award_type", "Mã loại hình khen thưởng không có trong danh mục.", "The award type code is not in the catalogue.");

    public static readonly DomainError RecipientKindMismatch =
        DomainError.Rule("nomination.recipient_kind_mismatch", "Loại hình khen thưởng này dành cho đối tượng khác (cá nhân hoặc tập thể).", "The award type is for the other kind of nominee (person or collective).");

    public static readonly DomainError DuplicateLine =
        DomainError.Rule("nomination.duplicate_line", "Hồ sơ đã đề nghị đối tượng này cho loại hình khen thưởng này.", "The dossier already proposes this nominee for this award type.");

    public static readonly DomainError NomineeOutsideUnit =
        DomainError.Rule("nomination.nominee_outside_unit", "Hồ sơ chỉ đề nghị đơn vị đề nghị, các đơn vị trực thuộc hoặc cán bộ của các đơn vị đó.", "A dossier proposes the proposing unit, units under it, or their staff.");

    /// <summary>A dossier's covenant is one its proposing unit took part in, or one of the units under it (issue 15 item 3).</summary>
    public static readonly DomainError CovenantOutsideScope =
        DomainError.Rule(
            "nomination.covenant_outside_scope",
            "Giao ước thi đua không thuộc phạm vi của đơn vị đề nghị: đơn vị đề nghị hoặc đơn vị trực thuộc phải là cơ quan quản lý hoặc thành viên của cụm, khối thi đua ký giao ước.",
            "The covenant is outside the proposing unit's scope: the proposing unit, or a unit under it, must manage or belong to the cluster that signed it.");

    /// <summary>A dossier's campaign is one that addresses its proposing unit or units under it (issue 15 item 3).</summary>
    public static readonly DomainError CampaignOutsideScope =
        DomainError.Rule(
            "nomination.campaign_outside_scope",
            "Phong trào thi đua không thuộc phạm vi của đơn vị đề nghị: phong trào phải do đơn vị đề nghị hoặc cấp trên của đơn vị phát động cho đơn vị, hoặc hướng tới đơn vị trực thuộc.",
            "The campaign is outside the proposing unit's scope: it must be launched by the proposing unit or an authority above it for the unit, or address units under it.");

    public static readonly DomainError LineNotFound =
        DomainError.Rule("nomination.line_not_found", "Hồ sơ không có dòng đề nghị này.", "The dossier has no such line.");

    public static readonly DomainError NoLines =
        DomainError.Rule("nomination.no_lines", "Hồ sơ phải đề nghị ít nhất một đối tượng.", "A dossier proposes at least one nominee.");

    public static readonly DomainError LineBarred =
        DomainError.Rule("nomination.line_barred", "Dòng đề nghị vi phạm điều cấm theo quy định (đang bị tạm dừng xét, trùng khen thưởng, sáng kiến đã sử dụng, đơn vị không còn tồn tại); không lý do giải trình nào khắc phục được.", "A line fails a legal prohibition (a hold, the same award again, an initiative already used, a unit that no longer exists); no justification lifts it.");

    public static readonly DomainError PreconditionNotMet =
        DomainError.Rule("nomination.precondition_not_met", "Dòng đề nghị không đáp ứng điều kiện hoặc tiêu chuẩn do pháp luật quy định (Nghị định 152/2025/NĐ-CP, Điều 4 khoản 2); không lý do giải trình nào khắc phục được.", "A line fails a condition or criterion the law fixes (Nghị định 152/2025/NĐ-CP, Điều 4.2); no justification lifts it.");

    public static readonly DomainError FailingLineUnjustified =
        DomainError.Rule("nomination.failing_line_unjustified", "Dòng đề nghị không đạt một tiêu chí do Hội đồng Thi đua – Khen thưởng thẩm định chỉ được trình khi có giải trình.", "A line that fails a criterion the council appraises is submitted only with a justification.");

    public static readonly DomainError LineOnHold =
        DomainError.Rule("nomination.line_on_hold", "Đối tượng đang thuộc trường hợp chưa xét khen thưởng (Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4): không bỏ phiếu và không khen thưởng trong thời gian này.", "The nominee is under a hold (Nghị định 152/2025/NĐ-CP, Điều 4.4): no vote and no award while it lasts.");

    public static readonly DomainError NoQuorum =
        DomainError.Rule("nomination.no_quorum", "Số thành viên Hội đồng có mặt không đủ để kết quả bỏ phiếu có giá trị.", "Too few council members were present for the vote to count.");

    public static readonly DomainError AttendanceBelowMinimum =
        DomainError.Rule("nomination.attendance_below_minimum", "Tỉnh quy định số thành viên có mặt tại phiên họp Hội đồng xét khen thưởng phải nhiều hơn.", "The province requires more members present at a council session deciding awards.");

    public static readonly DomainError VoteInvalid =
        DomainError.Rule("nomination.vote_invalid", "Số phiếu đồng ý không được vượt số thành viên có mặt, và số có mặt không được vượt tổng số thành viên.", "Yes votes cannot exceed those present, nor those present the members.");

    public static readonly DomainError VotesMissing =
        DomainError.Rule("nomination.votes_missing", "Mọi dòng đề nghị phải có kết quả bỏ phiếu của Hội đồng trước khi ra quyết định.", "Every line needs the council's vote before the decision.");

    public static readonly DomainError NothingPassed =
        DomainError.Rule("nomination.nothing_passed", "Không dòng đề nghị nào đạt tỷ lệ phiếu cần thiết; ghi nhận hồ sơ là không được khen thưởng.", "No line reached its vote threshold; record the dossier as not awarded.");

    public static readonly DomainError DecisionBeforeSubmission =
        DomainError.Rule("nomination.decision_before_submission", "Ngày quyết định không được trước ngày trình hồ sơ.", "The decision cannot predate the dossier's submission.");

    public static readonly DomainError DecisionInFuture =
        DomainError.Rule("nomination.decision_in_future", "Quyết định chỉ được ghi nhận sau khi ban hành; ngày quyết định không được sau ngày hôm nay.", "A decision is recorded once issued; it cannot be dated after today.");

    public static readonly DomainError LineNotAwarded =
        DomainError.Rule("nomination.line_not_awarded", "Chỉ được hủy bỏ dòng đề nghị đã được khen thưởng theo quyết định.", "Only a line that became an award by the decision can be revoked.");

    public static readonly DomainError NoBaseSalary =
        DomainError.Rule("nomination.no_base_salary", "Chưa có mức lương cơ sở được ghi nhận cho ngày quyết định.", "No base salary (mức lương cơ sở) is recorded for the decision date.");

    public static readonly DomainError DecisionNumberTaken =
        DomainError.Conflict("nomination.decision_number_taken", "Cơ quan ban hành đã sử dụng số quyết định này trong năm.", "The issuing body already used this decision number this year.");

    /// <summary>A dossier is submitted with its submission (tờ trình) stored in ThiDua (Law 06/2022/QH15, Art. 84.1; domain.md §6.2; ADR 0029).</summary>
    public static readonly DomainError SubmissionDocumentRequired =
        DomainError.Rule(
            "nomination.submission_document_required",
            "Hồ sơ đề nghị khen thưởng phải kèm tờ trình (Luật Thi đua, khen thưởng 2022, Điều 84): gửi tờ trình tới /api/v1/documents rồi nêu submission.documentId.",
            "A dossier is submitted with its submission letter (tờ trình; Law 06/2022/QH15, Art. 84): post it to /api/v1/documents and give submission.documentId.");

    /// <summary>Awards are conferred by a decision stored in ThiDua (Decree 30/2020/NĐ-CP; domain.md §6.6; ADR 0029).</summary>
    public static readonly DomainError DecisionDocumentRequired =
        DomainError.Rule(
            "nomination.decision_document_required",
            "Khen thưởng được ghi nhận theo quyết định đã ban hành: gửi quyết định tới /api/v1/documents rồi nêu decision.documentId.",
            "Awards are recorded from the issued decision: post it to /api/v1/documents and give decision.documentId.");
}
