using ThiDua.Domain.Documents;

namespace ThiDua.Application.Documents;

/// <summary>
/// Where documents' bytes are kept, apart from their metadata (ADR 0023: a PostgreSQL table of its own, written in the
/// command's transaction). Files are immutable: stored once, never replaced.
/// </summary>
public interface IDocumentFileStore
{
    /// <summary>Stores the bytes of <paramref name="document"/>'s file; they are written with the unit of work.</summary>
    void Add(DocumentId document, string sha256, byte[] content);

    /// <summary>The file's bytes and description, or null when there is no such document or it has no file.</summary>
    Task<DocumentContent?> ReadAsync(DocumentId document, CancellationToken cancellationToken);
}
