using Mediator;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.Documents.ListDocuments;

public sealed class ListDocumentsQueryHandler(IDocumentQueries queries) : IQueryHandler<ListDocumentsQuery, Page<DocumentSummaryDto>>
{
    public async ValueTask<Page<DocumentSummaryDto>> Handle(ListDocumentsQuery query, CancellationToken cancellationToken) =>
        await queries.ListAsync(query, cancellationToken);
}
