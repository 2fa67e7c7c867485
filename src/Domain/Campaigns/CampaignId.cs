using ThiDua.Domain.Common;

namespace ThiDua.Domain.Campaigns;

/// <summary>Identity of an emulation campaign (phong trào thi đua).</summary>
public readonly record struct CampaignId(Guid Value) : IEntityId
{
    public static CampaignId New() => new(EntityIds.New());

    public override string ToString() => Value.ToString();
}
