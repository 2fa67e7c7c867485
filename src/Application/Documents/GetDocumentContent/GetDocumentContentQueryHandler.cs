using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Documents;

namespace ThiDua.Application.Documents.GetDocumentContent;

public sealed class GetDocumentContentQueryHandler(IDocumentFileStore files, IDocumentQueries queries) : IQueryHandler<GetDocumentContentQuery, DocumentContent>
{
    public async ValueTask<DocumentContent> Handle(GetDocumentContentQuery query, CancellationToken cancellationToken)
    {
        var id = new DocumentId(query.Id);
        if (await files.ReadAsync(id, cancellationToken) is { } content)
        {
            return content;
        }

        throw await queries.ExistsAsync(id, cancellationToken)
            ? new NotFoundException(DocumentErrors.NoFile)
            : new NotFoundException("Document", query.Id);
    }
}
