using System.Text.Json.Serialization;
using ThiDua.Domain.Common;
using ThiDua.Domain.Documents;

namespace ThiDua.Application.Common.Documents;

/// <summary>
/// A document reference as clients send it: the id of a document stored in ThiDua (<c>/api/v1/documents</c>), or a
/// citation (number and symbol, date, issuer) of one that is not stored, or both (ADR 0029). With an id, the number
/// and date may be left out: the reference cites the stored document's own; when given, they must agree with it.
/// </summary>
public sealed record DocumentInput(string Number, DateOnly Date, string? Issuer, Guid? DocumentId = null)
{
    private DocumentCitation? _citation;

    /// <summary>The stored document <see cref="DocumentId"/> names, found by <c>DocumentLinkBehavior</c> before the handler runs.</summary>
    [JsonIgnore]
    public DocumentCitation? Citation => _citation;

    /// <summary>Whether the input cites a document stored in ThiDua.</summary>
    [JsonIgnore]
    public bool IsLinked => DocumentId is not null;

    internal void Link(DocumentCitation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        if (citation.Id != DocumentId)
        {
            throw new InvalidOperationException($"Document {citation.Id} was linked to an input that names {DocumentId}.");
        }

        _citation = citation;
    }

    public DocumentReference ToReference()
    {
        if (DocumentId is null)
        {
            return DocumentReference.Create(Number, Date, Issuer);
        }

        var citation = _citation
            ?? throw new InvalidOperationException($"Document {DocumentId} was not looked up: DocumentLinkBehavior links every DocumentInput of a command before its handler.");
        return DocumentReference.Create(citation.NumberAndNotation, citation.IssuedOn, citation.AgencyName, new DocumentId(citation.Id));
    }
}

/// <summary>A document reference as the API returns it; <c>DocumentId</c> when it cites a document stored in ThiDua.</summary>
public sealed record DocumentDto(string Number, DateOnly Date, string? Issuer, Guid? DocumentId = null)
{
    public static DocumentDto? From(DocumentReference? reference) =>
        reference is null ? null : new DocumentDto(reference.Number, reference.Date, reference.Issuer, reference.DocumentId?.Value);
}

/// <summary>What a stored document says of itself, as a reference cites it (Decree 30/2020/NĐ-CP, Appendix VI).</summary>
public sealed record DocumentCitation(
    Guid Id,
    string AgencyCode,
    string AgencyName,
    string NumberAndNotation,
    DateOnly IssuedOn,
    DocumentType Type,
    string SignerName,
    string SignerPosition,
    IReadOnlyList<string> Recipients);
