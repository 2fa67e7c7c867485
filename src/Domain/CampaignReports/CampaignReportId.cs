using ThiDua.Domain.Common;

namespace ThiDua.Domain.CampaignReports;

/// <summary>Identity of a unit's phase or final report in a campaign.</summary>
public readonly record struct CampaignReportId(Guid Value) : IEntityId
{
    public static CampaignReportId New() => new(EntityIds.New());

    public override string ToString() => Value.ToString();
}
