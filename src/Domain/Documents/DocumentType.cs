namespace ThiDua.Domain.Documents;

/// <summary>
/// Kind of an administrative document (thể loại văn bản hành chính; Decree 30/2020/NĐ-CP, Art. 7, and the
/// abbreviations of Appendix III). The values the commendation work meets; <see cref="Other"/> for the rest.
/// </summary>
public enum DocumentType
{
    /// <summary>Quyết định (QĐ).</summary>
    Decision = 1,

    /// <summary>Công văn: a letter without a type name in its notation.</summary>
    OfficialLetter = 2,

    /// <summary>Tờ trình (TTr).</summary>
    Submission = 3,

    /// <summary>Biên bản (BB): minutes, e.g. of the emulation and commendation council.</summary>
    Minutes = 4,

    /// <summary>Kế hoạch (KH).</summary>
    Plan = 5,

    /// <summary>Báo cáo (BC).</summary>
    Report = 6,

    /// <summary>Thông báo (TB).</summary>
    Notice = 7,

    /// <summary>Giấy mời (GM).</summary>
    Invitation = 8,

    /// <summary>Chỉ thị (CT).</summary>
    Directive = 9,

    /// <summary>Hướng dẫn (HD).</summary>
    Guidance = 10,

    /// <summary>Quy chế (QC).</summary>
    Regulation = 11,

    /// <summary>Nghị quyết (NQ), e.g. of a council or a congress.</summary>
    Resolution = 12,

    /// <summary>Chương trình (CTr).</summary>
    Programme = 13,

    /// <summary>Công điện (CĐ).</summary>
    Telegram = 14,

    /// <summary>Giấy xác nhận (XN), e.g. of an initiative's effect.</summary>
    Certification = 15,

    /// <summary>Another kind (hợp đồng, phiếu gửi, …).</summary>
    Other = 99,
}
