using ThiDua.Api.OpenApi;
using ThiDua.Application.Common.Documents;

namespace ThiDua.Api.Endpoints;

/// <summary>An official document: number/symbol, date and issuer.</summary>
[ValidatedAs(typeof(DocumentInput))]
public sealed record DocumentRequest
{
    /// <summary>Number and symbol (số, ký hiệu) as printed on the document.</summary>
    /// <example>45/QĐ-SYT</example>
    public string? Number { get; init; }

    /// <summary>Date of the document (YYYY-MM-DD).</summary>
    /// <example>2025-06-30</example>
    public DateOnly? Date { get; init; }

    /// <summary>Issuing body.</summary>
    /// <example>UBND tỉnh Ninh Bình</example>
    public string? Issuer { get; init; }

    public DocumentInput ToInput() => new(Number ?? string.Empty, Date ?? default, Issuer);
}
