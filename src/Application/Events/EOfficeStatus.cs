using ThiDua.Domain.Nominations;

namespace ThiDua.Application.Events;

/// <summary>
/// The e-office processing status (trạng thái xử lý văn bản, 01…06) a dossier's state maps to, so that the Sở's
/// document-management software can show a dossier it forwarded in its own terms (docs/events.md, "Statuses"). The six
/// codes follow the processing steps e-office systems of the health sector commonly use (arrived, processing, returned
/// for completion, stopped at the sender's request, refused, done); no published national code list could be verified,
/// so the table is this API's, documented, and changes only with a new <c>dataversion</c>.
/// </summary>
public static class EOfficeStatus
{
    /// <summary>01 — Đã tiếp nhận (arrived): submitted to the competent authority.</summary>
    public const string Arrived = "01";

    /// <summary>02 — Đang xử lý (processing): in the council's review.</summary>
    public const string Processing = "02";

    /// <summary>03 — Trả lại để bổ sung (returned for completion).</summary>
    public const string Returned = "03";

    /// <summary>04 — Dừng xử lý (stopped): withdrawn by the proposing unit.</summary>
    public const string Stopped = "04";

    /// <summary>05 — Không giải quyết (refused): not awarded.</summary>
    public const string Refused = "05";

    /// <summary>06 — Hoàn thành (done): decided by a numbered decision.</summary>
    public const string Done = "06";

    /// <summary>The code for a dossier state; null for a draft, which the authority has not received.</summary>
    public static string? Of(NominationStatus status) => status switch
    {
        NominationStatus.Submitted => Arrived,
        NominationStatus.CouncilReview => Processing,
        NominationStatus.Returned => Returned,
        NominationStatus.Withdrawn => Stopped,
        NominationStatus.NotAwarded => Refused,
        NominationStatus.Decided => Done,
        _ => null,
    };
}
