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

    /// <summary>A reference names a document id that is not stored (ADR 0029). The problem carries <c>documentId</c>.</summary>
    public static readonly DomainError Unknown =
        DomainError.Rule(
            "document.unknown",
            "Văn bản được dẫn chiếu (documentId) chưa được lưu trong hệ thống; hãy gửi văn bản tới /api/v1/documents trước.",
            "The referenced document (documentId) is not stored; post it to /api/v1/documents first.");

    /// <summary>
    /// A reference gives both a document id and a number or date that the stored document does not carry. The problem
    /// carries <c>documentId</c>.
    /// </summary>
    public static readonly DomainError CitationMismatch =
        DomainError.Rule(
            "document.citation_mismatch",
            "Số, ký hiệu hoặc ngày ban hành đã nêu không khớp với văn bản được dẫn chiếu (documentId).",
            "The number, notation or date given does not match the referenced document (documentId).");

    /// <summary>A step needs a document of one type (a decision a Quyết định, a submission a Tờ trình) and was given another.</summary>
    public static readonly DomainError WrongType =
        DomainError.Rule(
            "document.wrong_type",
            "Văn bản được dẫn chiếu không đúng thể loại mà bước này yêu cầu.",
            "The referenced document is not of the type this step needs.");

    /// <summary>A field that takes only a stored document (an achievement report, council minutes) was given a citation only.</summary>
    public static readonly DomainError NotStored =
        DomainError.Rule(
            "document.not_stored",
            "Trường này nhận văn bản đã lưu trong hệ thống: gửi văn bản tới /api/v1/documents rồi nêu documentId.",
            "This field takes a stored document: post it to /api/v1/documents and give its documentId.");
}
