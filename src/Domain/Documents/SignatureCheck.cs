namespace ThiDua.Domain.Documents;

/// <summary>
/// The result of verifying one embedded PDF signature (PAdES / CMS detached over <c>/ByteRange</c>) when the file was
/// uploaded. Immutable: the file never changes, and the checks describe it as it was verified at <see cref="VerifiedAt"/>
/// against the trust anchors configured then.
/// </summary>
public sealed record SignatureCheck
{
    public const int NameMaxLength = 500;
    public const int DetailMaxLength = 1000;

    private SignatureCheck()
    {
    }

    /// <summary>Position of the signature in the file, from 1 (first signed revision first).</summary>
    public int Index { get; private init; }

    public SignatureStatus Status { get; private init; }

    /// <summary>The signer certificate's subject common name (CN), when the CMS could be read.</summary>
    public string? SignerName { get; private init; }

    /// <summary>The signer certificate's full subject.</summary>
    public string? SignerSubject { get; private init; }

    /// <summary>The signer certificate's issuer.</summary>
    public string? IssuerSubject { get; private init; }

    /// <summary>The signer certificate's serial number (hex).</summary>
    public string? CertificateSerialNumber { get; private init; }

    /// <summary>
    /// When the document was signed: the CMS signed attribute <c>signingTime</c>, or else the signature dictionary's
    /// <c>/M</c>. Both are claims of the signer's machine, not a trusted timestamp.
    /// </summary>
    public DateTimeOffset? SignedAt { get; private init; }

    /// <summary>The <c>/ByteRange</c> is [0, a, b, c] with a + hole = b and b + c = the file's length: nothing outside the hole is unsigned.</summary>
    public bool CoversWholeFile { get; private init; }

    /// <summary>The digest of the signed bytes equals the CMS's message digest and the CMS signature verifies with the signer's key.</summary>
    public bool IntegrityValid { get; private init; }

    /// <summary>
    /// The bytes after this signature's range are signed by a later, intact signature that covers the whole file: the
    /// usual case of a document signed by several people, each signing the revision before theirs.
    /// </summary>
    public bool LaterSignatureCoversRest { get; private init; }

    /// <summary>The signer's certificate chains to a configured trust anchor.</summary>
    public bool ChainTrusted { get; private init; }

    /// <summary>The signer's certificate was within its validity period at <see cref="SignedAt"/> (or, without one, at verification).</summary>
    public bool CertificateValidAtSigning { get; private init; }

    /// <summary>What was found wrong, in English, for support (null when valid).</summary>
    public string? Detail { get; private init; }

    public DateTimeOffset VerifiedAt { get; private init; }

    /// <summary>A signature whose dictionary or CMS could not be read.</summary>
    public static SignatureCheck Malformed(int index, string detail, DateTimeOffset verifiedAt, bool coversWholeFile = false) => new()
    {
        Index = index,
        Status = SignatureStatus.Malformed,
        CoversWholeFile = coversWholeFile,
        Detail = Cut(detail, DetailMaxLength),
        VerifiedAt = verifiedAt,
    };

    /// <summary>A signature that could be read; its status follows from the checks.</summary>
    public static SignatureCheck Verified(
        int index,
        string? signerName,
        string? signerSubject,
        string? issuerSubject,
        string? serialNumber,
        DateTimeOffset? signedAt,
        bool coversWholeFile,
        bool laterSignatureCoversRest,
        bool integrityValid,
        bool chainTrusted,
        bool certificateValidAtSigning,
        string? detail,
        DateTimeOffset verifiedAt) => new()
        {
            Index = index,
            Status = StatusOf(coversWholeFile || laterSignatureCoversRest, integrityValid, chainTrusted, certificateValidAtSigning),
            SignerName = Cut(signerName, NameMaxLength),
            SignerSubject = Cut(signerSubject, NameMaxLength),
            IssuerSubject = Cut(issuerSubject, NameMaxLength),
            CertificateSerialNumber = Cut(serialNumber, 128),
            SignedAt = signedAt,
            CoversWholeFile = coversWholeFile,
            LaterSignatureCoversRest = laterSignatureCoversRest,
            IntegrityValid = integrityValid,
            ChainTrusted = chainTrusted,
            CertificateValidAtSigning = certificateValidAtSigning,
            Detail = Cut(detail, DetailMaxLength),
            VerifiedAt = verifiedAt,
        };

    /// <summary>
    /// The verdict: the first failed check in the order of <see cref="SignatureStatus"/>'s summary.
    /// <paramref name="coversWholeFile"/> here means the file has no bytes that no intact signature covers.
    /// </summary>
    public static SignatureStatus StatusOf(bool coversWholeFile, bool integrityValid, bool chainTrusted, bool certificateValidAtSigning) =>
        !integrityValid ? SignatureStatus.Tampered
        : !certificateValidAtSigning ? SignatureStatus.CertificateNotValidAtSigning
        : !chainTrusted ? SignatureStatus.Untrusted
        : !coversWholeFile ? SignatureStatus.NotCoveringWholeFile
        : SignatureStatus.Valid;

    private static string? Cut(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
