using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The tests' own certificate authorities, made with <see cref="CertificateRequest"/>: a trusted root (written to a PEM
/// file that the test host configures as <c>Documents:TrustAnchors</c>), an untrusted root, and signers under each.
/// </summary>
public static class TestPki
{
    private static readonly Lazy<X509Certificate2> LazyTrustedRoot = new(() => CreateRoot("CN=ThiDua Test Root CA, O=ThiDua Tests, C=VN"));
    private static readonly Lazy<X509Certificate2> LazyUntrustedRoot = new(() => CreateRoot("CN=Untrusted Root CA, O=Somebody Else, C=VN"));
    private static readonly Lazy<X509Certificate2> LazySigner = new(() => CreateSigner(TrustedRoot, "Nguyễn Văn An", DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddYears(2)));
    private static readonly Lazy<X509Certificate2> LazySecondSigner = new(() => CreateSigner(TrustedRoot, "Trần Thị Bình", DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddYears(2)));
    private static readonly Lazy<X509Certificate2> LazyUntrustedSigner = new(() => CreateSigner(UntrustedRoot, "Lê Văn Cường", DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddYears(2)));
    private static readonly Lazy<X509Certificate2> LazyExpiredSigner = new(() => CreateSigner(TrustedRoot, "Phạm Văn Dũng", DateTimeOffset.UtcNow.AddYears(-3), DateTimeOffset.UtcNow.AddYears(-2)));
    private static readonly Lazy<string> LazyTrustedRootPemPath = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"thidua-test-root-{Environment.ProcessId}.pem");
        File.WriteAllText(path, TrustedRoot.ExportCertificatePem());
        return path;
    });

    public static X509Certificate2 TrustedRoot => LazyTrustedRoot.Value;

    public static X509Certificate2 UntrustedRoot => LazyUntrustedRoot.Value;

    /// <summary>A signer under the trusted root, valid now.</summary>
    public static X509Certificate2 Signer => LazySigner.Value;

    /// <summary>Another signer under the trusted root, valid now.</summary>
    public static X509Certificate2 SecondSigner => LazySecondSigner.Value;

    /// <summary>A signer under the untrusted root, valid now.</summary>
    public static X509Certificate2 UntrustedSigner => LazyUntrustedSigner.Value;

    /// <summary>A signer under the trusted root whose certificate expired two years ago.</summary>
    public static X509Certificate2 ExpiredSigner => LazyExpiredSigner.Value;

    /// <summary>The trusted root as a PEM file, for <c>Documents:TrustAnchors</c>.</summary>
    public static string TrustedRootPemPath => LazyTrustedRootPemPath.Value;

    private static X509Certificate2 CreateRoot(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-10), DateTimeOffset.UtcNow.AddYears(10));
    }

    private static X509Certificate2 CreateSigner(X509Certificate2 issuer, string name, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}, O=Sở Y tế, C=VN", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, true, false));
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7F;
        using var certificate = request.Create(issuer, notBefore, notAfter, serial);
        return certificate.CopyWithPrivateKey(key);
    }
}
