using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.CampaignReports;

/// <summary>Loads and adds reports; implemented in Infrastructure.</summary>
public interface ICampaignReportRepository
{
    /// <summary>The unit's report for a phase, or its final report when <paramref name="phaseNumber"/> is null.</summary>
    Task<CampaignReport?> FindAsync(CampaignId campaignId, UnitId unitId, int? phaseNumber, CancellationToken cancellationToken);

    void Add(CampaignReport report);
}
