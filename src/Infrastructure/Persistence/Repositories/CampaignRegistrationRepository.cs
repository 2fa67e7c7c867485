using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class CampaignRegistrationRepository(ThiDuaDbContext db) : ICampaignRegistrationRepository
{
    public Task<CampaignRegistration?> FindAsync(CampaignId campaignId, UnitId unitId, CancellationToken cancellationToken) =>
        db.CampaignRegistrations.FirstOrDefaultAsync(r => r.CampaignId == campaignId && r.UnitId == unitId, cancellationToken);

    public Task<int> CountAwaitingReviewAsync(CampaignId campaignId, CancellationToken cancellationToken) =>
        db.CampaignRegistrations.CountAsync(r => r.CampaignId == campaignId && r.Status == RegistrationStatus.Submitted, cancellationToken);

    public void Add(CampaignRegistration registration) => db.CampaignRegistrations.Add(registration);
}
