using System.Security.Cryptography;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;

namespace ThiDua.Domain.Certificates;

/// <summary>
/// One certificate (bằng khen, giấy khen, giấy chứng nhận danh hiệu) issued for an award decided in this system, entered
/// in the issuer's register: a gold-book number (số sổ vàng), given once to the award, and a certificate number, given
/// to every certificate printed for it (the first one and each reissue). Both run per issuing body and calendar year of
/// the decision, from 1, without gaps (ADR 0027). A reissue (cấp lại, Circular 20/2025/TT-BNV form 2.4) keeps the
/// gold-book number, takes a new certificate number and verification token, and supersedes the certificate it replaces.
/// The verification token is 128 random bits (base64url), never derived from an id.
/// </summary>
public sealed class Certificate : AggregateRoot<CertificateId>
{
    public const int ReasonMaxLength = 1000;
    public const int TokenLength = 22;
    public const int IssuerKeyMaxLength = 200;

    private Certificate()
    {
    }

    public AwardRecordId AwardId { get; private set; }

    /// <summary>The issuing body, upper-cased: the key of the register (as the decision's <c>IssuerKey</c>).</summary>
    public string IssuerKey { get; private set; } = null!;

    /// <summary>The calendar year of the decision: the register's year.</summary>
    public int Year { get; private set; }

    public int GoldBookNumber { get; private set; }

    public int CertificateNumber { get; private set; }

    public string VerificationToken { get; private set; } = null!;

    public CertificateContent Content { get; private set; } = null!;

    public bool IsReissue { get; private set; }

    public string? ReissueReason { get; private set; }

    /// <summary>The certificate this one replaces, for a reissue.</summary>
    public CertificateId? ReplacesId { get; private set; }

    /// <summary>The reissue that replaced this certificate, or null while it is current.</summary>
    public CertificateId? SupersededById { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public bool IsSuperseded => SupersededById is not null;

    /// <summary>Issues the first certificate of an award, under numbers the register has just given.</summary>
    public static Certificate Issue(AwardRecordId awardId, string issuerKey, int year, CertificateContent content, int goldBookNumber, int certificateNumber, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(issuerKey);
        ArgumentOutOfRangeException.ThrowIfLessThan(goldBookNumber, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(certificateNumber, 1);
        var certificate = new Certificate
        {
            Id = CertificateId.New(),
            AwardId = awardId,
            IssuerKey = issuerKey.Trim().ToUpperInvariant(),
            Year = year,
            GoldBookNumber = goldBookNumber,
            CertificateNumber = certificateNumber,
            VerificationToken = NewToken(),
            Content = content,
            IssuedAt = now,
        };
        certificate.Touch(now);
        return certificate;
    }

    /// <summary>
    /// Issues a replacement (cấp lại) for a lost or damaged certificate, with the reason: same award and gold-book number,
    /// a new certificate number and token. This certificate is superseded; its token then verifies as replaced.
    /// </summary>
    public Certificate Reissue(string reason, int certificateNumber, bool awardRevoked, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentOutOfRangeException.ThrowIfLessThan(certificateNumber, 1);
        if (awardRevoked)
        {
            throw new DomainRuleViolationException(CertificateErrors.AwardRevoked);
        }

        if (IsSuperseded)
        {
            throw new DomainRuleViolationException(CertificateErrors.AlreadySuperseded);
        }

        var reissue = new Certificate
        {
            Id = CertificateId.New(),
            AwardId = AwardId,
            IssuerKey = IssuerKey,
            Year = Year,
            GoldBookNumber = GoldBookNumber,
            CertificateNumber = certificateNumber,
            VerificationToken = NewToken(),
            // A copy: EF Core maps the content as an owned value, which one certificate row owns.
            Content = Content with { },
            IsReissue = true,
            ReissueReason = Text.Clean(reason),
            ReplacesId = Id,
            IssuedAt = now,
        };
        reissue.Touch(now);
        SupersededById = reissue.Id;
        Touch(now);
        return reissue;
    }

    /// <summary>The status a verification shows, given whether the award stands.</summary>
    public CertificateStatus StatusWith(bool awardRevoked) =>
        awardRevoked ? CertificateStatus.Revoked : IsSuperseded ? CertificateStatus.Superseded : CertificateStatus.Valid;

    /// <summary>128 random bits, base64url without padding (22 characters).</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
