using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using ThiDua.Application.Documents;
using ThiDua.Domain.Documents;

namespace ThiDua.Infrastructure.Documents;

/// <summary>
/// Verifies the embedded signatures of a PDF as PAdES / <c>adbe.pkcs7.detached</c> verifiers do (ISO 32000-1 §12.8.1;
/// ETSI EN 319 142-1): each signature dictionary's <c>/ByteRange [a b c d]</c> names the signed bytes, [a, a+b) and
/// [c, c+d); the hole between them is the <c>/Contents</c> hex string holding a detached CMS SignedData (RFC 5652) over
/// those bytes. For each one it records: whether the range starts at 0, leaves only the hole out and ends at the file's
/// end (covers the whole file); whether the CMS signature and its message digest match the signed bytes (integrity);
/// whether the signer's certificate was within its validity at the signing time (the signed <c>signingTime</c>
/// attribute, else <c>/M</c>); and whether it chains to a configured trust anchor (<see cref="DocumentOptions.TrustAnchors"/>).
/// <para>
/// Not checked (ADR 0023): revocation (no CRL or OCSP is reachable from the server; recorded as a known limit), RFC 3161
/// signature timestamps (the signing time is the signer's claim), and whether later incremental updates only added
/// signatures (a later signature covering the whole file is taken to approve what precedes it).
/// </para>
/// </summary>
public sealed partial class PdfSignatureVerifier : IPdfSignatureVerifier
{
    private readonly X509Certificate2Collection _anchors;

    public PdfSignatureVerifier(IEnumerable<X509Certificate2> anchors)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        _anchors = [.. anchors];
    }

    /// <summary>Loads the anchors from files (PEM with one or more certificates, or DER); a path that cannot be read stops the start.</summary>
    public static IReadOnlyList<X509Certificate2> LoadAnchors(IEnumerable<string> paths, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var anchors = new List<X509Certificate2>();
        foreach (var configured in paths.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            var path = Path.IsPathRooted(configured) ? configured : Path.Combine(baseDirectory, configured);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"Documents:TrustAnchors names '{configured}', which does not exist.");
            }

            var text = File.ReadAllText(path);
            if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
            {
                var collection = new X509Certificate2Collection();
                collection.ImportFromPem(text);
                anchors.AddRange(collection);
            }
            else
            {
                anchors.Add(X509CertificateLoader.LoadCertificateFromFile(path));
            }
        }

        return anchors;
    }

    public IReadOnlyList<SignatureCheck> Verify(ReadOnlySpan<byte> pdf, DateTimeOffset now)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var found = new List<Found>();
        foreach (Match match in ByteRangePattern().Matches(text))
        {
            found.Add(Read(pdf, text, match, now));
        }

        // File order: by where each signed range ends (each signature signs the revision before it).
        var ordered = found.OrderBy(f => f.RangeEnd).ThenBy(f => f.Position).ToList();
        var results = new List<SignatureCheck>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var f = ordered[i];
            if (f.Malformed is { } problem)
            {
                results.Add(SignatureCheck.Malformed(i + 1, problem, now, f.CoversWholeFile));
                continue;
            }

            var laterCovers = !f.CoversWholeFile && ordered.Skip(i + 1).Any(later => later.Malformed is null && later.IntegrityValid && later.CoversWholeFile);
            results.Add(SignatureCheck.Verified(
                i + 1, f.SignerName, f.SignerSubject, f.IssuerSubject, f.SerialNumber, f.SignedAt,
                f.CoversWholeFile, laterCovers, f.IntegrityValid, f.ChainTrusted, f.CertificateValidAtSigning, f.Detail, now));
        }

        return results;
    }

    private Found Read(ReadOnlySpan<byte> pdf, string text, Match match, DateTimeOffset now)
    {
        var found = new Found { Position = match.Index };
        if (!long.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !long.TryParse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var firstLength)
            || !long.TryParse(match.Groups[3].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var secondStart)
            || !long.TryParse(match.Groups[4].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var secondLength))
        {
            return found with { Malformed = "The /ByteRange values are not numbers." };
        }

        var holeStart = start + firstLength;
        if (start != 0 || secondStart <= holeStart + 1 || secondStart + secondLength > pdf.Length)
        {
            return found with { Malformed = $"The /ByteRange [{start} {firstLength} {secondStart} {secondLength}] does not fit the file of {pdf.Length} bytes." };
        }

        found = found with { RangeEnd = secondStart + secondLength, CoversWholeFile = secondStart + secondLength == pdf.Length };
        var hole = pdf[(int)holeStart..(int)secondStart];
        if (hole[0] != (byte)'<' || hole[^1] != (byte)'>' || !ContentsKeyPrecedes(text, (int)holeStart))
        {
            return found with { Malformed = "The bytes outside the /ByteRange are not the /Contents hex string." };
        }

        byte[] cms;
        try
        {
            cms = TrimDer(Convert.FromHexString(Encoding.ASCII.GetString(hole[1..^1]).Trim()));
        }
        catch (Exception e) when (e is FormatException or AsnContentException)
        {
            return found with { Malformed = "The /Contents is not a hex-encoded DER value." };
        }

        var signed = new byte[firstLength + secondLength];
        pdf[..(int)firstLength].CopyTo(signed);
        pdf[(int)secondStart..(int)(secondStart + secondLength)].CopyTo(signed.AsSpan((int)firstLength));
        var signedCms = new SignedCms(new ContentInfo(signed), detached: true);
        try
        {
            signedCms.Decode(cms);
        }
        catch (CryptographicException e)
        {
            return found with { Malformed = "The /Contents is not a CMS SignedData: " + e.Message };
        }

        if (signedCms.SignerInfos.Count == 0 || signedCms.SignerInfos[0].Certificate is not { } certificate)
        {
            return found with { Malformed = "The CMS has no signer, or does not include the signer's certificate." };
        }

        var signer = signedCms.SignerInfos[0];
        var details = new List<string>();
        var integrity = true;
        try
        {
            signer.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException e)
        {
            integrity = false;
            details.Add("The signed bytes do not match the signature: " + e.Message);
        }

        var signedAt = SigningTime(signer) ?? ModificationTime(text, match.Index);
        var at = signedAt ?? now;
        var validAtSigning = certificate.NotBefore.ToUniversalTime() <= at.UtcDateTime && at.UtcDateTime <= certificate.NotAfter.ToUniversalTime();
        if (!validAtSigning)
        {
            details.Add(FormattableString.Invariant($"The certificate is valid from {certificate.NotBefore.ToUniversalTime():O} to {certificate.NotAfter.ToUniversalTime():O}, not at {at.UtcDateTime:O}."));
        }

        var trusted = ChainsToAnchor(certificate, signedCms.Certificates, at, details);
        if (!found.CoversWholeFile)
        {
            details.Add(FormattableString.Invariant($"The file has {pdf.Length - found.RangeEnd} bytes after the signed range."));
        }

        return found with
        {
            SignerName = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false),
            SignerSubject = certificate.Subject,
            IssuerSubject = certificate.Issuer,
            SerialNumber = certificate.SerialNumber,
            SignedAt = signedAt,
            IntegrityValid = integrity,
            CertificateValidAtSigning = validAtSigning,
            ChainTrusted = trusted,
            Detail = details.Count == 0 ? null : string.Join(" ", details),
        };
    }

    private bool ChainsToAnchor(X509Certificate2 certificate, X509Certificate2Collection included, DateTimeOffset at, List<string> details)
    {
        if (_anchors.Count == 0)
        {
            details.Add("No trust anchor is configured (Documents:TrustAnchors).");
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_anchors);
        chain.ChainPolicy.ExtraStore.AddRange(included);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;

        // Validity in time is its own check (at the signing time); the chain answers only "issued under an anchor?".
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.IgnoreNotTimeValid | X509VerificationFlags.IgnoreCtlNotTimeValid;
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        try
        {
            if (chain.Build(certificate))
            {
                return true;
            }

            details.Add("The certificate does not chain to a trust anchor: "
                + string.Join(", ", chain.ChainStatus.Select(s => s.Status.ToString()).Distinct(StringComparer.Ordinal)) + ".");
            return false;
        }
        catch (CryptographicException e)
        {
            details.Add("The certificate chain could not be built: " + e.Message);
            return false;
        }
    }

    /// <summary>The CMS signed attribute <c>signingTime</c> (RFC 5652 §11.3), if present.</summary>
    private static DateTimeOffset? SigningTime(SignerInfo signer)
    {
        foreach (var attribute in signer.SignedAttributes)
        {
            foreach (var value in attribute.Values)
            {
                if (value is Pkcs9SigningTime time)
                {
                    return new DateTimeOffset(DateTime.SpecifyKind(time.SigningTime.ToUniversalTime(), DateTimeKind.Utc));
                }
            }
        }

        return null;
    }

    /// <summary>The signature dictionary's <c>/M</c> (a PDF date, ISO 32000-1 §7.9.4) near its <c>/ByteRange</c>.</summary>
    private static DateTimeOffset? ModificationTime(string text, int byteRangeAt)
    {
        var from = Math.Max(0, text.LastIndexOf("obj", byteRangeAt, StringComparison.Ordinal));
        var to = text.IndexOf("endobj", byteRangeAt, StringComparison.Ordinal);
        var window = text[from..(to < 0 ? Math.Min(text.Length, byteRangeAt + 65536) : to)];
        var m = PdfDatePattern().Match(window);
        if (!m.Success)
        {
            return null;
        }

        int Part(string name, int fallback) => m.Groups[name].Success && m.Groups[name].Length > 0
            ? int.Parse(m.Groups[name].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)
            : fallback;
        try
        {
            var offset = m.Groups["sign"].Value switch
            {
                "+" => new TimeSpan(Part("oh", 0), Part("om", 0), 0),
                "-" => -new TimeSpan(Part("oh", 0), Part("om", 0), 0),
                _ => TimeSpan.Zero,
            };
            return new DateTimeOffset(Part("y", 1), Part("mo", 1), Part("d", 1), Part("h", 0), Part("mi", 0), Part("s", 0), offset).ToUniversalTime();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The key just before the hole must be <c>/Contents</c>: the hole is that value and nothing else.</summary>
    private static bool ContentsKeyPrecedes(string text, int holeStart)
    {
        var i = holeStart - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        const string Key = "/Contents";
        return i + 1 >= Key.Length && string.CompareOrdinal(text, i + 1 - Key.Length, Key, 0, Key.Length) == 0;
    }

    /// <summary>The /Contents hole is padded with zeros after the DER value: keep only the value.</summary>
    private static byte[] TrimDer(byte[] bytes)
    {
        AsnDecoder.ReadEncodedValue(bytes, AsnEncodingRules.BER, out _, out _, out var length);
        return bytes.AsSpan(0, length).ToArray();
    }

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s*\]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex ByteRangePattern();

    [GeneratedRegex(@"/M\s*\(D:(?<y>\d{4})(?<mo>\d{2})?(?<d>\d{2})?(?<h>\d{2})?(?<mi>\d{2})?(?<s>\d{2})?(?<sign>[+\-Z])?(?<oh>\d{2})?'?(?<om>\d{2})?'?\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PdfDatePattern();

    private sealed record Found
    {
        public int Position { get; init; }

        public long RangeEnd { get; init; }

        public string? Malformed { get; init; }

        public bool CoversWholeFile { get; init; }

        public bool IntegrityValid { get; init; }

        public bool ChainTrusted { get; init; }

        public bool CertificateValidAtSigning { get; init; }

        public string? SignerName { get; init; }

        public string? SignerSubject { get; init; }

        public string? IssuerSubject { get; init; }

        public string? SerialNumber { get; init; }

        public DateTimeOffset? SignedAt { get; init; }

        public string? Detail { get; init; }
    }
}
