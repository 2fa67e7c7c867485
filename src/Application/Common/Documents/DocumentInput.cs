using ThiDua.Domain.Common;

namespace ThiDua.Application.Common.Documents;

/// <summary>A document reference as clients send it: number and symbol, date, issuer.</summary>
public sealed record DocumentInput(string Number, DateOnly Date, string? Issuer)
{
    public DocumentReference ToReference() => DocumentReference.Create(Number, Date, Issuer);
}

/// <summary>A document reference as the API returns it.</summary>
public sealed record DocumentDto(string Number, DateOnly Date, string? Issuer)
{
    public static DocumentDto? From(DocumentReference? reference) =>
        reference is null ? null : new DocumentDto(reference.Number, reference.Date, reference.Issuer);
}
