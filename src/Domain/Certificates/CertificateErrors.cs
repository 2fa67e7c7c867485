using ThiDua.Domain.Common;

namespace ThiDua.Domain.Certificates;

/// <summary>Stable error codes of the certificate register.</summary>
public static class CertificateErrors
{
    public static readonly DomainError NotFound =
        DomainError.NotFound("certificate.not_found", "Không tìm thấy bằng, giấy khen.", "The certificate was not found.");

    public static readonly DomainError AwardRevoked =
        DomainError.Conflict(
            "certificate.award_revoked",
            "Khen thưởng đã bị hủy bỏ; không in hoặc cấp lại bằng, giấy khen của khen thưởng này (Luật Thi đua, khen thưởng số 06/2022/QH15, Chương VII).",
            "The award has been revoked; its certificate is neither printed nor reissued (Law 06/2022/QH15, Chapter VII).");

    public static readonly DomainError AlreadySuperseded =
        DomainError.Conflict("certificate.superseded", "Bằng, giấy khen này đã được cấp lại; thao tác trên bản cấp lại mới nhất.", "This certificate has been reissued; act on the latest reissue.");
}
