using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Documents;

namespace ThiDua.Application.Documents.GetDocument;

/// <summary>A document's metadata, file description and signature checks.</summary>
public sealed record GetDocumentQuery(Guid Id) : IQuery<DocumentDetailsDto>;

public sealed class GetDocumentQueryHandler(IDocumentQueries queries) : IQueryHandler<GetDocumentQuery, DocumentDetailsDto>
{
    public async ValueTask<DocumentDetailsDto> Handle(GetDocumentQuery query, CancellationToken cancellationToken) =>
        await queries.GetAsync(new DocumentId(query.Id), cancellationToken)
            ?? throw new NotFoundException("Document", query.Id);
}
