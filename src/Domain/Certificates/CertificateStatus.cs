namespace ThiDua.Domain.Certificates;

/// <summary>What a verification of a certificate answers.</summary>
public enum CertificateStatus
{
    /// <summary>The certificate is the current one and its award stands.</summary>
    Valid = 1,

    /// <summary>The award was revoked (hủy bỏ quyết định khen thưởng); the certificate no longer attests anything.</summary>
    Revoked = 2,

    /// <summary>A later certificate was issued for the same award (cấp lại); this one was replaced.</summary>
    Superseded = 3,
}
