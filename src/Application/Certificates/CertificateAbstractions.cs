using ThiDua.Domain.Certificates;

namespace ThiDua.Application.Certificates;

/// <summary>The first numbers a register gave: <c>n</c> consecutive numbers start at these.</summary>
public sealed record RegisterNumbers(int FirstGoldBookNumber, int FirstCertificateNumber);

/// <summary>
/// The register's counters (sổ vàng, số bằng) per issuing body and calendar year. A call takes the next numbers inside
/// the command's transaction and holds the counter's row until commit, so concurrent decisions queue, and a command that
/// rolls back gives its numbers back: numbers are unique and without gaps (ADR 0027).
/// </summary>
public interface ICertificateRegister
{
    Task<RegisterNumbers> NextAsync(string issuerKey, int year, int goldBookEntries, int certificates, CancellationToken cancellationToken);
}

/// <summary>Reads certificates for the API; implemented in Infrastructure.</summary>
public interface ICertificateQueries
{
    /// <summary>The award's certificates, the current one first; null when the award does not exist.</summary>
    Task<CertificateRegisterEntry?> ForAwardAsync(Guid awardId, CancellationToken cancellationToken);

    /// <summary>The certificate under a verification token, with its award's revocation state; null when unknown.</summary>
    Task<(Certificate Certificate, string AwardName, bool AwardRevoked)?> ByTokenAsync(string token, CancellationToken cancellationToken);
}

/// <summary>An award's certificates (current first) and whether the award was revoked.</summary>
public sealed record CertificateRegisterEntry(bool AwardExists, bool AwardRevoked, IReadOnlyList<Certificate> Certificates);

/// <summary>Renders a certificate as PDF on its layout template; implemented in Infrastructure.</summary>
public interface ICertificateRenderer
{
    /// <summary>
    /// The certificate as a PDF. <paramref name="onPreprintedBlank"/> leaves out what pre-printed blanks (phôi) carry — the
    /// motto, the emblem's frame, the issuer and the form's name — so the sheet can go through a printer loaded with them.
    /// </summary>
    byte[] Render(Certificate certificate, string verificationUrl, bool onPreprintedBlank);

    /// <summary>Every layout template, as data (millimetres and points).</summary>
    IReadOnlyList<CertificateTemplateDto> Templates { get; }
}

/// <summary>Where the public verification page of a token lives (configured base URL + <c>/verify/{token}</c>).</summary>
public interface ICertificateLinks
{
    string VerificationUrl(string token);
}
