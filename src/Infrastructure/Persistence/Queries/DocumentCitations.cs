using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Documents;

namespace ThiDua.Infrastructure.Persistence.Queries;

/// <summary>Finds stored documents as references cite them: metadata only, in one statement, never a file's bytes.</summary>
internal sealed class DocumentCitations(ThiDuaDbContext db) : IDocumentCitations
{
    public async Task<IReadOnlyDictionary<Guid, DocumentCitation>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, DocumentCitation>();
        }

        var keys = ids.Select(id => new DocumentId(id)).ToList();
        var rows = await db.Documents.AsNoTracking()
            .Where(d => keys.Contains(d.Id))
            .Select(d => new
            {
                d.Id,
                d.Metadata.AgencyCode,
                d.Metadata.AgencyName,
                d.Metadata.Number,
                d.Metadata.Notation,
                d.Metadata.IssuedOn,
                d.Metadata.Type,
                d.Metadata.SignerName,
                d.Metadata.SignerPosition,
                d.Metadata.Recipients,
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(
            r => r.Id.Value,
            r => new DocumentCitation(r.Id.Value, r.AgencyCode, r.AgencyName, $"{r.Number}/{r.Notation}", r.IssuedOn, r.Type, r.SignerName, r.SignerPosition, r.Recipients));
    }
}
