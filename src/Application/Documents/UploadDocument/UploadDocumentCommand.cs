using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.Documents;

namespace ThiDua.Application.Documents.UploadDocument;

/// <summary>
/// Stores a document's metadata and, when <see cref="Content"/> is given, its PDF, verifying the PDF's embedded
/// signatures. A retry with the same metadata and the same bytes returns the stored document (<c>Created</c> false).
/// </summary>
public sealed record UploadDocumentCommand(
    string AgencyCode,
    string AgencyName,
    string Number,
    string Notation,
    DateOnly IssuedOn,
    DocumentType Type,
    string Subject,
    string SignerPosition,
    string SignerName,
    int? PageCount,
    IReadOnlyList<string>? Recipients,
    string? EOfficeId,
    byte[]? Content,
    string? FileName) : ICommand<Upserted<DocumentDetailsDto>>;
