using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.Common;
using ThiDua.Domain.Documents;

namespace ThiDua.Application.Documents.UploadDocument;

public sealed class UploadDocumentCommandHandler(
    IDocumentRepository documents,
    IDocumentFileStore files,
    IPdfSignatureVerifier verifier,
    IDocumentQueries queries,
    IReadAfterWrite written,
    TimeProvider clock) : ICommandHandler<UploadDocumentCommand, Upserted<DocumentDetailsDto>>
{
    public async ValueTask<Upserted<DocumentDetailsDto>> Handle(UploadDocumentCommand command, CancellationToken cancellationToken)
    {
        var metadata = DocumentMetadata.Create(
            command.AgencyCode,
            command.AgencyName,
            command.Number,
            command.Notation,
            command.IssuedOn,
            command.Type,
            command.Subject,
            command.SignerPosition,
            command.SignerName,
            command.PageCount,
            command.Recipients,
            command.EOfficeId);
        var file = command.Content is { } content ? DocumentFile.OfPdf(content, command.FileName) : null;

        var existing = await documents.FindByIdentityAsync(metadata.AgencyCode, metadata.Number, metadata.Notation, metadata.IssuedOn, metadata.Type, cancellationToken);
        if (existing is not null)
        {
            if (existing.IsSameUpload(metadata, file?.Sha256))
            {
                var stored = await queries.GetAsync(existing.Id, cancellationToken)
                    ?? throw new InvalidOperationException($"Document {existing.Id} vanished while being read.");
                return new Upserted<DocumentDetailsDto>(stored, Created: false);
            }

            throw new DomainRuleViolationException(DocumentErrors.Duplicate, new Dictionary<string, object?> { ["existingId"] = existing.Id.Value });
        }

        var now = clock.GetUtcNow();
        var signatures = command.Content is { } bytes ? verifier.Verify(bytes, now) : [];
        var document = Document.Record(metadata, file, signatures, now);
        documents.Add(document);
        if (file is not null)
        {
            files.Add(document.Id, file.Sha256, command.Content!);
        }

        var dto = await written.ReadAsync(ct => queries.GetAsync(document.Id, ct), cancellationToken);
        return new Upserted<DocumentDetailsDto>(dto, Created: true);
    }
}
