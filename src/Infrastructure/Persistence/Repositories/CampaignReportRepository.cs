using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.CampaignReports;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class CampaignReportRepository(ThiDuaDbContext db) : ICampaignReportRepository
{
    public Task<CampaignReport?> FindAsync(CampaignId campaignId, UnitId unitId, int? phaseNumber, CancellationToken cancellationToken) =>
        db.CampaignReports.FirstOrDefaultAsync(r => r.CampaignId == campaignId && r.UnitId == unitId && r.PhaseNumber == phaseNumber, cancellationToken);

    public void Add(CampaignReport report) => db.CampaignReports.Add(report);
}
