using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;

namespace ThiDua.Domain.Certificates;

/// <summary>
/// What a certificate of commendation says, as laid down for Bằng khen and Giấy khen (Decree 50/2006/NĐ-CP Art. 28 as
/// published by the central TĐKT board; domain.md §8a): the issuer, "Tặng", the title or form, the recipient (Ông/Bà or
/// Tập thể, name, position, unit), the achievement, the decision's number and date, the place and date, the signer's
/// title and name. The national motto is fixed text in the layout template. Names are those at the decision date.
/// </summary>
public sealed record CertificateContent
{
    public const int TextMaxLength = 300;
    public const int AchievementMaxLength = 2000;

    private CertificateContent()
    {
    }

    public string IssuerName { get; private init; } = null!;

    public string AwardTypeCode { get; private init; } = null!;

    /// <summary>The title or form as printed ("Bằng khen", "Chiến sĩ thi đua cơ sở").</summary>
    public string AwardName { get; private init; } = null!;

    public AwardLevel AwardLevel { get; private init; }

    public RecipientKind RecipientKind { get; private init; }

    /// <summary>"Ông", "Bà" for a person; "Tập thể" for a collective.</summary>
    public string Salutation { get; private init; } = null!;

    public string RecipientName { get; private init; } = null!;

    public string? RecipientPosition { get; private init; }

    public string UnitName { get; private init; } = null!;

    public string AchievementText { get; private init; } = null!;

    public string DecisionNumber { get; private init; } = null!;

    public DateOnly DecisionDate { get; private init; }

    /// <summary>The place printed before the date ("Hà Nam, ngày … tháng … năm …").</summary>
    public string Place { get; private init; } = null!;

    public string SignerTitle { get; private init; } = null!;

    public string SignerName { get; private init; } = null!;

    /// <summary>The salutation for a person: "Ông" for a man, "Bà" for a woman; "Tập thể" for a collective.</summary>
    public static string SalutationFor(RecipientKind kind, bool? female) =>
        kind == RecipientKind.Collective ? "Tập thể" : female == true ? "Bà" : "Ông";

    /// <summary>The award type's name as printed: without the "(cá nhân)"/"(tập thể)" qualifier of the catalogue.</summary>
    public static string PrintedAwardName(string catalogueName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(catalogueName);
        var open = catalogueName.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && catalogueName.EndsWith(')') ? catalogueName[..open] : catalogueName;
    }

    public static CertificateContent Create(
        string issuerName,
        AwardType awardType,
        string salutation,
        string recipientName,
        string? recipientPosition,
        string unitName,
        string achievementText,
        DocumentReference decision,
        string place,
        string signerTitle,
        string signerName)
    {
        ArgumentNullException.ThrowIfNull(awardType);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentException.ThrowIfNullOrWhiteSpace(issuerName);
        ArgumentException.ThrowIfNullOrWhiteSpace(salutation);
        ArgumentException.ThrowIfNullOrWhiteSpace(recipientName);
        ArgumentException.ThrowIfNullOrWhiteSpace(unitName);
        ArgumentException.ThrowIfNullOrWhiteSpace(achievementText);
        ArgumentException.ThrowIfNullOrWhiteSpace(place);
        ArgumentException.ThrowIfNullOrWhiteSpace(signerTitle);
        ArgumentException.ThrowIfNullOrWhiteSpace(signerName);
        return new CertificateContent
        {
            IssuerName = Text.Clean(issuerName),
            AwardTypeCode = awardType.Code,
            AwardName = PrintedAwardName(awardType.Name),
            AwardLevel = awardType.Level,
            RecipientKind = awardType.RecipientKind,
            Salutation = Text.Clean(salutation),
            RecipientName = Text.Clean(recipientName),
            RecipientPosition = Text.CleanOptional(recipientPosition),
            UnitName = Text.Clean(unitName),
            AchievementText = Text.Clean(achievementText),
            DecisionNumber = decision.Number,
            DecisionDate = decision.Date,
            Place = Text.Clean(place),
            SignerTitle = Text.Clean(signerTitle),
            SignerName = Text.Clean(signerName),
        };
    }
}
