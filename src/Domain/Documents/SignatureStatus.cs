namespace ThiDua.Domain.Documents;

/// <summary>
/// The verdict on one embedded signature (chữ ký số) of a PDF, from the checks recorded beside it. When several checks
/// fail, the first of this order is reported: malformed, tampered, certificate not valid at signing, untrusted, not
/// covering the whole file.
/// </summary>
public enum SignatureStatus
{
    /// <summary>Hợp lệ: intact, covers the whole file, certificate valid at signing time and chained to a trust anchor.</summary>
    Valid = 1,

    /// <summary>Signed by a certificate that does not chain to a configured trust anchor (e.g. not the Government CA).</summary>
    Untrusted = 2,

    /// <summary>The signed bytes were changed after signing: the digest or the signature does not match.</summary>
    Tampered = 3,

    /// <summary>
    /// Intact, but the file goes on after the signed bytes (an incremental update added after signing): what is shown
    /// may differ from what was signed.
    /// </summary>
    NotCoveringWholeFile = 4,

    /// <summary>The signer's certificate was expired or not yet valid at the signing time.</summary>
    CertificateNotValidAtSigning = 5,

    /// <summary>The signature dictionary or its CMS cannot be read (bad /ByteRange, bad hex, not a CMS SignedData).</summary>
    Malformed = 6,
}
