using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class CampaignRepository(ThiDuaDbContext db) : ICampaignRepository
{
    public Task<Campaign?> GetByIdAsync(CampaignId id, CancellationToken cancellationToken) =>
        db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public void Add(Campaign campaign) => db.Campaigns.Add(campaign);
}
