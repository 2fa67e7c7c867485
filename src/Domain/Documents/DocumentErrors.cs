using ThiDua.Domain.Common;

namespace ThiDua.Domain.Documents;

/// <summary>Stable error codes of stored documents (văn bản).</summary>
public static class DocumentErrors
{
    /// <summary>
    /// Decree 30/2020/NĐ-CP, Appendix VI asks the receiving system to warn on a document already received with the same
    /// number, notation and issuer. The problem carries <c>existingId</c>, the id of the document already stored.
    /// </summary>
    public static readonly DomainError Duplicate =
        DomainError.Conflict(
            "document.duplicate",
            "Văn bản cùng cơ quan ban hành, số, ký hiệu, ngày ban hành và loại văn bản đã được lưu với nội dung khác; xem existingId.",
            "A document with the same issuing agency, number, notation, issued date and type is already stored with other content; see existingId.");

    public static readonly DomainError NotPdf =
        DomainError.Rule(
            "document.not_pdf",
            "Tệp đính kèm không phải là tệp PDF (nội dung không bắt đầu bằng %PDF-).",
            "The attached file is not a PDF (its content does not start with %PDF-).");

    public static readonly DomainError EmptyFile =
        DomainError.Rule("document.empty_file", "Tệp đính kèm không có nội dung.", "The attached file is empty.");

    public static readonly DomainError NoFile =
        DomainError.NotFound("document.no_file", "Văn bản này chỉ có thông tin mô tả, không có tệp đính kèm.", "This document has metadata only, no file.");
}
