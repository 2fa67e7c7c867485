namespace ThiDua.Domain.Documents;

/// <summary>Write side of stored documents.</summary>
public interface IDocumentRepository
{
    /// <summary>The document with the same identity (agency code, number, notation, issued date, type), if one is stored.</summary>
    Task<Document?> FindByIdentityAsync(string agencyCode, string number, string notation, DateOnly issuedOn, DocumentType type, CancellationToken cancellationToken);

    void Add(Document document);
}
