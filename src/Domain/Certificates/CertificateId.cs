using ThiDua.Domain.Common;

namespace ThiDua.Domain.Certificates;

/// <summary>Identity of one issued certificate (bằng, giấy chứng nhận) of an award.</summary>
public readonly record struct CertificateId(Guid Value) : IEntityId
{
    public static CertificateId New() => new(EntityIds.New());

    public override string ToString() => Value.ToString();
}
