using Mediator;

namespace ThiDua.Application.Documents.GetDocumentContent;

/// <summary>A document's PDF bytes, as stored at upload.</summary>
public sealed record GetDocumentContentQuery(Guid Id) : IQuery<DocumentContent>;
