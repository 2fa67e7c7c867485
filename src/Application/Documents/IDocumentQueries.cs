using ThiDua.Application.Common.Paging;
using ThiDua.Application.Documents.ListDocuments;
using ThiDua.Domain.Documents;

namespace ThiDua.Application.Documents;

/// <summary>Read side of documents (implemented in Infrastructure). Lists and metadata never load a file's bytes.</summary>
public interface IDocumentQueries
{
    Task<DocumentDetailsDto?> GetAsync(DocumentId id, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(DocumentId id, CancellationToken cancellationToken);

    Task<Page<DocumentSummaryDto>> ListAsync(ListDocumentsQuery query, CancellationToken cancellationToken);
}
