using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Certificates;

namespace ThiDua.Application.Certificates;

/// <summary>One certificate of an award, with everything printed on it and its register numbers.</summary>
public sealed record CertificateDto(
    Guid Id,
    Guid AwardId,
    string Issuer,
    int Year,
    int GoldBookNumber,
    int CertificateNumber,
    string AwardTypeCode,
    string AwardName,
    RecipientKind RecipientKind,
    string Salutation,
    string RecipientName,
    string? RecipientPosition,
    string UnitName,
    string AchievementText,
    string DecisionNumber,
    DateOnly DecisionDate,
    string Place,
    string SignerTitle,
    string SignerName,
    bool Reissue,
    string? ReissueReason,
    Guid? ReplacesId,
    Guid? SupersededById,
    CertificateStatus Status,
    string VerificationUrl,
    DateTimeOffset IssuedAt)
{
    public static CertificateDto From(Certificate certificate, bool awardRevoked, ICertificateLinks links)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(links);
        var c = certificate.Content;
        return new CertificateDto(
            certificate.Id.Value,
            certificate.AwardId.Value,
            c.IssuerName,
            certificate.Year,
            certificate.GoldBookNumber,
            certificate.CertificateNumber,
            c.AwardTypeCode,
            c.AwardName,
            c.RecipientKind,
            c.Salutation,
            c.RecipientName,
            c.RecipientPosition,
            c.UnitName,
            c.AchievementText,
            c.DecisionNumber,
            c.DecisionDate,
            c.Place,
            c.SignerTitle,
            c.SignerName,
            certificate.IsReissue,
            certificate.ReissueReason,
            certificate.ReplacesId?.Value,
            certificate.SupersededById?.Value,
            certificate.StatusWith(awardRevoked),
            links.VerificationUrl(certificate.VerificationToken),
            certificate.IssuedAt);
    }
}

/// <summary>An award's certificate register entry: the current certificate and the earlier ones it replaced.</summary>
public sealed record AwardCertificatesDto(CertificateDto Current, IReadOnlyList<CertificateDto> Earlier);

/// <summary>
/// What the public verification answers, and nothing more: the recipient's name, the award, the decision and the status
/// (valid, revoked, superseded by a reissue).
/// </summary>
public sealed record CertificateVerificationDto(string RecipientName, string Award, string DecisionNumber, DateOnly DecisionDate, CertificateStatus Status);

/// <summary>A layout template: page size and the position of each printed field, in millimetres (font sizes in points).</summary>
public sealed record CertificateTemplateDto(
    string Code,
    string Name,
    string LegalBasis,
    IReadOnlyList<string> AwardTypeCodes,
    IReadOnlyList<AwardLevel> AwardLevels,
    double PageWidthMm,
    double PageHeightMm,
    IReadOnlyList<CertificateFieldDto> Fields,
    CertificateQrDto Qr);

/// <summary>
/// One printed field: which value (<c>nationalMotto</c>, <c>issuer</c>, <c>awardName</c>, <c>recipient</c>…), its box
/// (left, top, width in mm), font size (pt), bold, alignment, colour, and whether pre-printed blanks already carry it.
/// </summary>
public sealed record CertificateFieldDto(
    string Field, double XMm, double YMm, double WidthMm, double FontSizePt, bool Bold, string Align, string Color, bool Preprinted, string? Text);

/// <summary>Where the QR code is printed: left, top and side, in millimetres.</summary>
public sealed record CertificateQrDto(double XMm, double YMm, double SizeMm);
