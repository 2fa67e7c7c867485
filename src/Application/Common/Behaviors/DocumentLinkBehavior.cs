using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Common;
using ThiDua.Domain.Documents;

namespace ThiDua.Application.Common.Behaviors;

/// <summary>
/// Links every <see cref="DocumentInput"/> a command carries that names a stored document (<c>documentId</c>) to that
/// document, in one query, before the handler runs (ADR 0029). An id that is not stored is refused with 422
/// <c>document.unknown</c>; a number or date that the stored document does not carry with 422
/// <c>document.citation_mismatch</c>. The handler then cites the document as it says of itself.
/// </summary>
public sealed class DocumentLinkBehavior<TMessage, TResponse>(IDocumentCitations citations) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var linked = DocumentInputs.In(message).Where(i => i.DocumentId is not null).ToList();
        if (linked.Count > 0)
        {
            var found = await citations.FindAsync(linked.Select(i => i.DocumentId!.Value).Distinct().ToList(), cancellationToken);
            foreach (var input in linked)
            {
                var id = input.DocumentId!.Value;
                if (!found.TryGetValue(id, out var citation))
                {
                    throw new DomainRuleViolationException(DocumentErrors.Unknown, new Dictionary<string, object?> { ["documentId"] = id });
                }

                if (!Agrees(input, citation))
                {
                    throw new DomainRuleViolationException(
                        DocumentErrors.CitationMismatch.WithMessage(
                            $"Văn bản {id} là số {citation.NumberAndNotation} ngày {citation.IssuedOn:dd/MM/yyyy}, không khớp với số, ngày đã nêu.",
                            $"Document {id} is {citation.NumberAndNotation} of {citation.IssuedOn:yyyy-MM-dd}, which does not match the number or date given."),
                        new Dictionary<string, object?> { ["documentId"] = id });
                }

                input.Link(citation);
            }
        }

        return await next(message, cancellationToken);
    }

    /// <summary>A number or date the client repeats must be the document's own (number and notation compared case-insensitively).</summary>
    private static bool Agrees(DocumentInput input, DocumentCitation citation) =>
        (string.IsNullOrWhiteSpace(input.Number)
            || string.Equals(Text.Clean(input.Number), citation.NumberAndNotation, StringComparison.OrdinalIgnoreCase))
        && (input.Date == default || input.Date == citation.IssuedOn);
}
