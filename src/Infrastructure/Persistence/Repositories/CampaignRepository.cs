using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Infrastructure.Persistence.Concurrency;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class CampaignRepository(ThiDuaDbContext db, RowLocks rowLocks) : ICampaignRepository
{
    public Task<Campaign?> GetByIdAsync(CampaignId id, CancellationToken cancellationToken) =>
        db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<Campaign?> GetForReferenceAsync(CampaignId id, CancellationToken cancellationToken)
    {
        rowLocks.EnsureDeclared(LockedResource.Campaign, id.Value, LockMode.Share);
        return GetByIdAsync(id, cancellationToken);
    }

    public Task<Campaign?> GetForChangeAsync(CampaignId id, CancellationToken cancellationToken)
    {
        rowLocks.EnsureDeclared(LockedResource.Campaign, id.Value, LockMode.Exclusive);
        return GetByIdAsync(id, cancellationToken);
    }

    public void Add(Campaign campaign) => db.Campaigns.Add(campaign);
}
