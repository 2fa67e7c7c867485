using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Campaigns.ListCampaigns;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Units;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Units;
using ThiDua.Infrastructure.Persistence.Configurations;

namespace ThiDua.Infrastructure.Persistence.Queries;

internal sealed class CampaignQueries(ThiDuaDbContext db) : ICampaignQueries
{
    public async Task<CampaignDetailsDto?> GetDetailsAsync(CampaignId id, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        var plan = campaign.Plan;
        var unitIds = plan.Scope.Units.Append(campaign.LaunchingAuthorityId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        return new CampaignDetailsDto(
            campaign.Id.Value,
            units[campaign.LaunchingAuthorityId].ToReference(),
            campaign.Status,
            plan.Title,
            plan.Theme,
            plan.Slogan,
            plan.Kind,
            plan.PeriodStart,
            plan.PeriodEnd,
            plan.Letter,
            plan.Phases,
            plan.Contents,
            plan.RegistrationDeadline,
            plan.DossierWindowStart,
            plan.DossierWindowEnd,
            plan.Scope.AllUnitsUnderAuthority,
            plan.Scope.Units.Where(units.ContainsKey).Select(u => units[u].ToReference()).ToList(),
            campaign.LaunchedAt,
            campaign.CreatedAt,
            campaign.UpdatedAt,
            campaign.Version);
    }

    public async Task<Page<CampaignSummaryDto>> ListAsync(ListCampaignsQuery query, CancellationToken cancellationToken)
    {
        var campaigns = db.Campaigns.AsNoTracking().MatchingSearch(query.Q);
        if (query.LaunchingAuthorityId is { } authorityId)
        {
            var authority = new UnitId(authorityId);
            campaigns = campaigns.Where(c => c.LaunchingAuthorityId == authority);
        }

        if (query.Status is { } status)
        {
            campaigns = campaigns.Where(c => c.Status == status);
        }

        if (query.Kind is { } kind)
        {
            campaigns = campaigns.Where(c => EF.Property<int>(c, CampaignConfiguration.KindProperty) == (int)kind);
        }

        if (KeysetCursor.Decode(query.Page.Cursor) is { } after)
        {
            var afterCreated = DateTimeOffset.TryParse(after.Key, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
                ? parsed.ToUniversalTime()
                : DateTimeOffset.MaxValue;
            var afterId = new CampaignId(after.Id);
            campaigns = campaigns.Where(c => EF.Functions.LessThan(ValueTuple.Create(c.CreatedAt, c.Id), ValueTuple.Create(afterCreated, afterId)));
        }

        var rows = await campaigns
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Take(query.Page.Limit + 1)
            .Join(db.Units, c => c.LaunchingAuthorityId, u => u.Id, (c, u) => new { Campaign = c, Authority = u })
            .ToListAsync(cancellationToken);
        var items = rows
            .OrderByDescending(r => r.Campaign.CreatedAt).ThenByDescending(r => r.Campaign.Id.Value)
            .Select(r => (Created: r.Campaign.CreatedAt, Dto: new CampaignSummaryDto(
                r.Campaign.Id.Value, r.Campaign.Plan.Title, r.Campaign.Plan.Kind, r.Campaign.Status, r.Authority.ToReference(),
                r.Campaign.Plan.Letter.Number, r.Campaign.Plan.PeriodStart, r.Campaign.Plan.PeriodEnd)))
            .ToList();
        var page = KeysetCursor.ToPage(items, query.Page.Limit, r => new KeysetCursor(r.Created.ToString("O", CultureInfo.InvariantCulture), r.Dto.Id));
        return new Page<CampaignSummaryDto>(page.Items.Select(r => r.Dto).ToList(), page.NextCursor);
    }
}
