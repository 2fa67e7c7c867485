using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Domain.Documents;

namespace ThiDua.Application.Documents.UploadDocument;

/// <summary>
/// Stores a document's metadata and, when <see cref="Content"/> is given, its PDF, verifying the PDF's embedded
/// signatures. A retry with the same metadata and the same bytes returns the stored document (<c>Created</c> false).
/// </summary>
public sealed record UploadDocumentCommand(
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
    IReadOnlyList<string>? Recipients,
    string? EOfficeId,
    byte[]? Content,
    string? FileName) : ICommand<Upserted<DocumentDetailsDto>>, ILockingCommand
{
    /// <summary>Uploads of the same document wait for each other: a retry racing its first attempt gets the stored document.</summary>
    public IEnumerable<DeclaredLock> Locks => [DeclaredLock.ForChange(LockedResource.DocumentIdentity, IdentityKey())];

    /// <summary>A key of the document's identity as stored (cleaned as <see cref="DocumentMetadata.Create"/> cleans it).</summary>
    private Guid IdentityKey()
    {
        var identity = string.Join(
            '|',
            Domain.Common.AgencyCode.Normalize(AgencyCode),
            Domain.Common.Text.Clean(Number),
            Domain.Common.Text.Clean(Notation).ToUpperInvariant(),
            IssuedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Type);
        return new Guid(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(identity)).AsSpan(0, 16));
    }
}
