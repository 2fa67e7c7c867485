using ThiDua.Domain.Documents;

namespace ThiDua.Infrastructure.Persistence.Documents;

/// <summary>
/// A document's bytes (ADR 0023): one row per document with a file, in a table of its own so that reading documents'
/// metadata never loads them. Written once with the document, never updated.
/// </summary>
internal sealed class StoredDocumentFile
{
    public DocumentId DocumentId { get; init; }

    /// <summary>SHA-256 of <see cref="Content"/>, lower-case hex: the same as the document's.</summary>
    public string Sha256 { get; init; } = null!;

    public byte[] Content { get; init; } = null!;
}
