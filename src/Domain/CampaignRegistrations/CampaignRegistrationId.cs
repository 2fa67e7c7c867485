using ThiDua.Domain.Common;

namespace ThiDua.Domain.CampaignRegistrations;

/// <summary>Identity of a unit's registration (đăng ký thi đua) in a campaign.</summary>
public readonly record struct CampaignRegistrationId(Guid Value) : IEntityId
{
    public static CampaignRegistrationId New() => new(EntityIds.New());

    public override string ToString() => Value.ToString();
}
