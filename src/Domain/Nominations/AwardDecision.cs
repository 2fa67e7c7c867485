using ThiDua.Domain.Common;

namespace ThiDua.Domain.Nominations;

/// <summary>
/// The decision that confers the awards (quyết định khen thưởng): number and symbol (<c>N/QĐ-XXX</c>), date, issuing
/// body and signer. Numbers are sequential per issuing body and calendar year (Decree 30/2020/NĐ-CP; domain.md §6.6).
/// </summary>
public sealed class AwardDecision
{
    public const int SignerMaxLength = 200;

    private AwardDecision()
    {
    }

    public DocumentReference Document { get; private set; } = null!;

    public string SignerName { get; private set; } = null!;

    public string SignerTitle { get; private set; } = null!;

    /// <summary>The issuing body, normalised for the "one number per issuer and year" rule.</summary>
    public string IssuerKey { get; private set; } = null!;

    public int Year { get; private set; }

    /// <summary>The decision's number and symbol, upper-cased, for the uniqueness rule.</summary>
    public string NumberKey { get; private set; } = null!;

    public static AwardDecision Create(DocumentReference document, string signerName, string signerTitle)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(document.Issuer);
        ArgumentException.ThrowIfNullOrWhiteSpace(signerName);
        ArgumentException.ThrowIfNullOrWhiteSpace(signerTitle);
        return new AwardDecision
        {
            Document = document,
            SignerName = Text.Clean(signerName),
            SignerTitle = Text.Clean(signerTitle),
            IssuerKey = document.Issuer.ToUpperInvariant(),
            Year = document.Date.Year,
            NumberKey = document.Number.ToUpperInvariant(),
        };
    }
}
