using ThiDua.Domain.Documents;

namespace ThiDua.Api.Endpoints.Documents;

/// <summary>
/// The <c>metadata</c> part of an upload: the document's metadata after Decree 30/2020/NĐ-CP, Appendix VI, as JSON.
/// </summary>
/// <param name="AgencyCode">Mã định danh điện tử of the issuing agency (Decision 20/2020/QĐ-TTg), e.g. <c>000.00.00.H41</c>.</param>
/// <param name="AgencyName">Tên cơ quan ban hành, e.g. <c>Sở Y tế tỉnh Thanh Hóa</c>.</param>
/// <param name="Number">Số văn bản, Arabic digits, e.g. <c>45</c>.</param>
/// <param name="Notation">Ký hiệu văn bản, e.g. <c>QĐ-SYT</c>.</param>
/// <param name="IssuedOn">Ngày ban hành.</param>
/// <param name="Type">Thể loại văn bản.</param>
/// <param name="Subject">Trích yếu (at most 500 characters).</param>
/// <param name="SignerPosition">Chức vụ người ký, e.g. <c>Giám đốc</c>.</param>
/// <param name="SignerName">Họ và tên người ký.</param>
/// <param name="PageCount">Số trang.</param>
/// <param name="Recipients">Nơi nhận, in the document's order.</param>
/// <param name="EOfficeId">The sending e-office system's own id of the document.</param>
public sealed record DocumentMetadataRequest(
    string? AgencyCode,
    string? AgencyName,
    string? Number,
    string? Notation,
    DateOnly? IssuedOn,
    DocumentType? Type,
    string? Subject,
    string? SignerPosition,
    string? SignerName,
    int? PageCount,
    IReadOnlyList<string>? Recipients,
    string? EOfficeId);

/// <summary>
/// An upload (<c>multipart/form-data</c>): the <c>metadata</c> part (JSON, schema <c>DocumentMetadataRequest</c>) and,
/// optionally, the <c>file</c> part (the PDF). Without <c>file</c> only the metadata is recorded.
/// </summary>
/// <param name="Metadata">The document's metadata, as JSON.</param>
/// <param name="File">The document as a PDF (recognised by its content, which must start with <c>%PDF-</c>).</param>
public sealed record DocumentUploadForm(DocumentMetadataRequest Metadata, IFormFile? File);
