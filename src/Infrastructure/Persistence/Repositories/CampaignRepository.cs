using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class CampaignRepository(ThiDuaDbContext db) : ICampaignRepository
{
    public Task<Campaign?> GetByIdAsync(CampaignId id, CancellationToken cancellationToken) =>
        db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<CampaignStatus?> LockStatusAsync(CampaignId id, CancellationToken cancellationToken)
    {
        var status = await db.Database.SqlQuery<string>($"SELECT status AS \"Value\" FROM thidua.campaigns WHERE id = {id.Value} FOR SHARE")
            .ToListAsync(cancellationToken);
        return status.Count == 0 ? null : Enum.Parse<CampaignStatus>(status[0]);
    }

    public async Task LockForChangeAsync(CampaignId id, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM thidua.campaigns WHERE id = {id.Value} FOR UPDATE", cancellationToken);

    public void Add(Campaign campaign) => db.Campaigns.Add(campaign);
}
