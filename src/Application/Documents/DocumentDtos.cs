using ThiDua.Domain.Documents;

namespace ThiDua.Application.Documents;

/// <summary>
/// A stored document: its Decree 30/2020/NĐ-CP metadata, its file (name, size, SHA-256) and what verifying its embedded
/// signatures found at upload. Other resources refer to a document by <c>id</c>.
/// </summary>
public sealed record DocumentDetailsDto(
    Guid Id,
    string AgencyCode,
    string AgencyName,
    string Number,
    string Notation,
    DateOnly IssuedOn,
    DocumentType Type,
    string Subject,
    string SignerPosition,
    string SignerName,
    int? PageCount,
    IReadOnlyList<string> Recipients,
    string? EOfficeId,
    DocumentFileDto? File,
    DocumentSignaturesStatus SignaturesStatus,
    IReadOnlyList<SignatureCheckDto> Signatures,
    DateTimeOffset CreatedAt,
    uint Version)
{
    public static DocumentDetailsDto From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var m = document.Metadata;
        return new DocumentDetailsDto(
            document.Id.Value,
            m.AgencyCode,
            m.AgencyName,
            m.Number,
            m.Notation,
            m.IssuedOn,
            m.Type,
            m.Subject,
            m.SignerPosition,
            m.SignerName,
            m.PageCount,
            m.Recipients.ToList(),
            m.EOfficeId,
            document.File is { } f ? new DocumentFileDto(f.FileName, f.ContentType, f.Size, f.Sha256, $"/api/v1/documents/{document.Id.Value}/content") : null,
            document.SignaturesStatus,
            document.Signatures.OrderBy(s => s.Index).Select(SignatureCheckDto.From).ToList(),
            document.CreatedAt,
            document.Version);
    }
}

/// <summary>The stored PDF: its name, type, size in bytes, SHA-256 (lower-case hex; also the content's ETag) and where to read it.</summary>
public sealed record DocumentFileDto(string FileName, string ContentType, long Size, string Sha256, string ContentUrl);

/// <summary>What verifying one embedded signature found (see <see cref="SignatureStatus"/>).</summary>
public sealed record SignatureCheckDto(
    int Index,
    SignatureStatus Status,
    string? SignerName,
    string? SignerSubject,
    string? IssuerSubject,
    string? CertificateSerialNumber,
    DateTimeOffset? SignedAt,
    bool CoversWholeFile,
    bool LaterSignatureCoversRest,
    bool IntegrityValid,
    bool ChainTrusted,
    bool CertificateValidAtSigning,
    string? Detail,
    DateTimeOffset VerifiedAt)
{
    public static SignatureCheckDto From(SignatureCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new SignatureCheckDto(
            check.Index, check.Status, check.SignerName, check.SignerSubject, check.IssuerSubject, check.CertificateSerialNumber, check.SignedAt,
            check.CoversWholeFile, check.LaterSignatureCoversRest, check.IntegrityValid, check.ChainTrusted, check.CertificateValidAtSigning, check.Detail, check.VerifiedAt);
    }
}

/// <summary>A document as lists show it.</summary>
public sealed record DocumentSummaryDto(
    Guid Id,
    string AgencyCode,
    string AgencyName,
    string Number,
    string Notation,
    DateOnly IssuedOn,
    DocumentType Type,
    string Subject,
    string? Sha256,
    long? Size,
    DocumentSignaturesStatus SignaturesStatus,
    DateTimeOffset CreatedAt);

/// <summary>A document's bytes with what the content endpoint needs to serve them.</summary>
public sealed record DocumentContent(byte[] Bytes, string FileName, string ContentType, string Sha256, DateTimeOffset CreatedAt);
