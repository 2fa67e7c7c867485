using Mediator;

namespace ThiDua.Application.Documents.GetDocument;

/// <summary>A document's metadata, file description and signature checks.</summary>
public sealed record GetDocumentQuery(Guid Id) : IQuery<DocumentDetailsDto>;
