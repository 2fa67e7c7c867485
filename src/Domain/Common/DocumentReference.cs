namespace ThiDua.Domain.Common;

/// <summary>
/// A reference to an official document (văn bản): its number and symbol (số, ký hiệu) such as
/// <c>1975/SYT-VP</c> or <c>45/QĐ-SYT</c>, its date, and optionally the issuing body.
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

    public static DocumentReference Create(string number, DateOnly date, string? issuer = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        return new DocumentReference
        {
            Number = Text.Clean(number),
            Date = date,
            Issuer = Text.CleanOptional(issuer),
        };
    }
}
