using ThiDua.Api.OpenApi;
using ThiDua.Application.Common.Documents;

namespace ThiDua.Api.Endpoints;

/// <summary>An official document: number/symbol, date and issuer.</summary>
[ValidatedAs(typeof(DocumentInput))]
public sealed record DocumentRequest
{
    /// <summary>
    /// The document stored in ThiDua (<c>POST /api/v1/documents</c>) that this reference cites. With it, number, date and
    /// issuer may be left out: they are the stored document's own (a number or date given must agree with it,
    /// <c>document.citation_mismatch</c>; an id not stored is <c>document.unknown</c>). Steps that depend on a
    /// document by law require it: a dossier's submission and a decision.
    /// </summary>
    /// <example>3f2b8c1e-5d4a-4e6b-9c7d-2a1b0c9d8e7f</example>
    public Guid? DocumentId { get; init; }

    /// <summary>Number and symbol (số, ký hiệu) as printed on the document.</summary>
    /// <example>45/QĐ-SYT</example>
    public string? Number { get; init; }

    /// <summary>Date of the document (YYYY-MM-DD).</summary>
    /// <example>2025-06-30</example>
    public DateOnly? Date { get; init; }

    /// <summary>Issuing body.</summary>
    /// <example>UBND tỉnh Ninh Bình</example>
    public string? Issuer { get; init; }

    public DocumentInput ToInput() => new(Number ?? string.Empty, Date ?? default, Issuer, DocumentId);
}
