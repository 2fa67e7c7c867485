using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Documents;
using ThiDua.Domain.Documents;

namespace ThiDua.Infrastructure.Persistence.Documents;

/// <summary>
/// Documents' bytes in PostgreSQL (ADR 0023): table <c>document_files</c>, a <c>bytea</c> per document, written in the
/// command's transaction with the document's metadata, so that a document never exists without its file nor a file
/// without its document, and backups hold both.
/// </summary>
internal sealed class DocumentFileStore(ThiDuaDbContext db) : IDocumentFileStore
{
    public void Add(DocumentId document, string sha256, byte[] content) =>
        db.DocumentFiles.Add(new StoredDocumentFile { DocumentId = document, Sha256 = sha256, Content = content });

    public async Task<DocumentContent?> ReadAsync(DocumentId document, CancellationToken cancellationToken)
    {
        var row = await (
                from d in db.Documents.AsNoTracking()
                join f in db.DocumentFiles.AsNoTracking() on d.Id equals f.DocumentId
                where d.Id == document
                select new { f.Content, d.File!.FileName, d.File.ContentType, f.Sha256, d.CreatedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new DocumentContent(row.Content, row.FileName, row.ContentType, row.Sha256, row.CreatedAt);
    }
}
