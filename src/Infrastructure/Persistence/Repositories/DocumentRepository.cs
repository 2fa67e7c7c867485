using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.Documents;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class DocumentRepository(ThiDuaDbContext db) : IDocumentRepository
{
    public Task<Document?> FindByIdentityAsync(string agencyCode, string number, string notation, DateOnly issuedOn, DocumentType type, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking().FirstOrDefaultAsync(
            d => d.Metadata.AgencyCode == agencyCode && d.Metadata.Number == number && d.Metadata.Notation == notation
                && d.Metadata.IssuedOn == issuedOn && d.Metadata.Type == type,
            cancellationToken);

    public void Add(Document document) => db.Documents.Add(document);
}
