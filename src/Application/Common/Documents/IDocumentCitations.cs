namespace ThiDua.Application.Common.Documents;

/// <summary>Looks up stored documents as references cite them (implemented in Infrastructure, one query).</summary>
public interface IDocumentCitations
{
    Task<IReadOnlyDictionary<Guid, DocumentCitation>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
