using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Documents;

namespace ThiDua.Application.Documents.GetDocumentContent;

/// <summary>A document's PDF bytes, as stored at upload.</summary>
public sealed record GetDocumentContentQuery(Guid Id) : IQuery<DocumentContent>;

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
