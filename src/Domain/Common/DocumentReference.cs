using ThiDua.Domain.Documents;

namespace ThiDua.Domain.Common;

/// <summary>
/// A reference to an official document (văn bản): its number and symbol (số, ký hiệu) such as
/// <c>1975/SYT-VP</c> or <c>45/QĐ-SYT</c>, its date, optionally the issuing body, and — when the document is stored in
/// ThiDua (<c>/api/v1/documents</c>) — its id. A linked reference cites the stored document's own number, notation,
/// date and issuing agency (ADR 0029); an unlinked one is a citation only, as history entered from paper is.
/// </summary>
public sealed record DocumentReference
{
    public const int NumberMaxLength = 64;
    public const int IssuerMaxLength = 200;

    private DocumentReference()
    {
    }

    public string Number { get; private init; } = null!;

    public DateOnly Date { get; private init; }

    public string? Issuer { get; private init; }

    /// <summary>The stored document this reference cites, if it is stored in ThiDua.</summary>
    public DocumentId? DocumentId { get; private init; }

    /// <summary>Whether the reference points at a document stored in ThiDua (not only a citation).</summary>
    public bool IsLinked => DocumentId is not null;

    public static DocumentReference Create(string number, DateOnly date, string? issuer = null, DocumentId? documentId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        return new DocumentReference
        {
            Number = Text.Clean(number),
            Date = date,
            Issuer = Text.CleanOptional(issuer),
            DocumentId = documentId,
        };
    }

    /// <summary>The citation of a stored document: its number/notation, issued date and issuing agency's name.</summary>
    public static DocumentReference Of(DocumentId id, DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return Create(metadata.NumberAndNotation, metadata.IssuedOn, metadata.AgencyName, id);
    }
}
