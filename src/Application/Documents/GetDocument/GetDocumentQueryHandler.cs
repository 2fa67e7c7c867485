using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Documents;

namespace ThiDua.Application.Documents.GetDocument;

public sealed class GetDocumentQueryHandler(IDocumentQueries queries) : IQueryHandler<GetDocumentQuery, DocumentDetailsDto>
{
    public async ValueTask<DocumentDetailsDto> Handle(GetDocumentQuery query, CancellationToken cancellationToken) =>
        await queries.GetAsync(new DocumentId(query.Id), cancellationToken)
            ?? throw new NotFoundException("Document", query.Id);
}
