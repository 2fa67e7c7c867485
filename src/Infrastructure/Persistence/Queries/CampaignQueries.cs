using Microsoft.EntityFrameworkCore;
using ThiDua.Application.CampaignRegistrations;
using ThiDua.Application.CampaignReports;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Campaigns.GetCampaignOverview;
using ThiDua.Application.Campaigns.ListCampaigns;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Units;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.CampaignReports;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.EmulationClusters;
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
        var clusters = await LaunchingClustersAsync([campaign], cancellationToken);
        var unitIds = plan.Scope.Units
            .Concat(campaign.LaunchingAuthorityId is { } authority ? [authority] : [])
            .Concat(clusters.Values.Select(c => c.HeadId).OfType<UnitId>())
            .Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        return new CampaignDetailsDto(
            campaign.Id.Value,
            campaign.LaunchingAuthorityId is { } launcher ? units[launcher].ToReference() : null,
            LaunchingCluster(campaign, clusters, units),
            campaign.Status,
            plan.Title,
            plan.Theme,
            plan.Slogan,
            plan.Kind,
            plan.PeriodStart,
            plan.PeriodEnd,
            Application.Campaigns.LaunchLetter.From(plan.Letter),
            Application.Campaigns.CampaignPhase.From(plan.Phases),
            Application.Campaigns.CampaignContent.From(plan.Contents),
            plan.RegistrationDeadline,
            plan.DossierWindowStart,
            plan.DossierWindowEnd,
            plan.Scope.AllUnitsUnderAuthority,
            plan.Scope.Units.Where(units.ContainsKey).Select(u => units[u].ToReference()).ToList(),
            campaign.LaunchedAt,
            ToDto(campaign),
            campaign.CreatedAt,
            campaign.UpdatedAt,
            campaign.Version,
            campaign.StatisticsScope);
    }

    public async Task<CampaignOverviewDto?> GetOverviewAsync(CampaignId id, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (campaign is null)
        {
            return null;
        }

        // A campaign addresses the units of one authority (tens to a few hundred), so its registrations and reports are
        // read once and added up here. In a fixed order: an indicator total takes its name as the first unit spelled it,
        // and the summary's ETag is computed from its content.
        var registrations = await db.CampaignRegistrations.AsNoTracking().Where(r => r.CampaignId == id)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var reports = await db.CampaignReports.AsNoTracking().Where(r => r.CampaignId == id)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var addressed = await UnitsAddressedAsync(campaign, cancellationToken);
        int Count(RegistrationStatus status) => registrations.Count(r => r.Status == status);
        var registered = registrations.Select(r => r.UnitId).ToHashSet();
        var contents = campaign.Plan.Contents.ToList();
        var own = await OwnAwardTypes.LoadAsync(db, cancellationToken);

        return new CampaignOverviewDto(
            campaign.Id.Value,
            campaign.Plan.Title,
            campaign.Status,
            addressed.Count,
            new RegistrationCountsDto(
                Count(RegistrationStatus.Submitted), Count(RegistrationStatus.Approved), Count(RegistrationStatus.Rejected), addressed.Count(u => !registered.Contains(u))),
            CountByTitle(registrations.SelectMany(r => r.Content.TargetTitles.Distinct().Select(code => (code, r.Status, 1))), own),
            CountByTitle(registrations.SelectMany(r => r.Content.IndividualTargets.Select(t => (t.TargetTitle, r.Status, 1))), own),
            registrations.Sum(r => r.Content.Models.Count),
            reports
                .GroupBy(r => r.PhaseNumber)
                .OrderBy(g => g.Key is null).ThenBy(g => g.Key)
                .Select(g => new PeriodReportsDto(
                    ReportPeriod.Name(g.Key),
                    g.Key,
                    g.Count(),
                    IndicatorTotals(g.ToList(), contents)))
                .ToList(),
            ToDto(campaign));
    }

    /// <summary>The clusters that launched some of <paramref name="campaigns"/>, each with the unit acting as its head in the campaign's year.</summary>
    private async Task<Dictionary<CampaignId, (EmulationCluster Cluster, UnitId? HeadId)>> LaunchingClustersAsync(
        IReadOnlyCollection<Campaign> campaigns, CancellationToken cancellationToken)
    {
        var ids = campaigns.Select(c => c.LaunchingClusterId).OfType<ClusterId>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var clusters = await db.Clusters.AsNoTracking().AsSplitQuery().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return campaigns.Where(c => c.LaunchingClusterId is { } id && clusters.ContainsKey(id)).ToDictionary(
            c => c.Id,
            c =>
            {
                var cluster = clusters[c.LaunchingClusterId!.Value];
                var term = cluster.FindTerm(c.ClusterYear!.Value);
                return (cluster, term is { HeadUnitId: { } head, HeadVacantSince: null } ? (UnitId?)head : null);
            });
    }

    private static LaunchingClusterDto? LaunchingCluster(
        Campaign campaign, Dictionary<CampaignId, (EmulationCluster Cluster, UnitId? HeadId)> clusters, Dictionary<UnitId, OrganisationUnit> units) =>
        clusters.TryGetValue(campaign.Id, out var launcher)
            ? new LaunchingClusterDto(
                launcher.Cluster.Id.Value,
                launcher.Cluster.Name,
                launcher.Cluster.Kind,
                campaign.ClusterYear!.Value,
                launcher.HeadId is { } head && units.TryGetValue(head, out var unit) ? unit.ToReference() : null)
            : null;

    private static FinalReviewDto? ToDto(Campaign campaign) =>
        campaign.FinalReview is { } review
            ? new FinalReviewDto(review.Date, DocumentDto.From(review.Document)!, review.Summary, campaign.ClosedAt!.Value)
            : null;

    /// <summary>How many aim for each award type, by registration status; most aimed-for first, then by code.</summary>
    internal static List<TargetTitleCountDto> CountByTitle(
        IEnumerable<(string Code, RegistrationStatus Status, int Count)> aims, IReadOnlyDictionary<string, Domain.AwardTypes.AwardType>? own = null) =>
        aims.GroupBy(a => a.Code, StringComparer.Ordinal)
            .Select(g => new TargetTitleCountDto(
                AwardTypeReferenceDto.Of(g.Key, own),
                g.Where(a => a.Status == RegistrationStatus.Submitted).Sum(a => a.Count),
                g.Where(a => a.Status == RegistrationStatus.Approved).Sum(a => a.Count),
                g.Where(a => a.Status == RegistrationStatus.Rejected).Sum(a => a.Count)))
            .OrderByDescending(c => c.Submitted + c.Approved + c.Rejected).ThenBy(c => c.AwardType.Code, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// A period's indicators added up, in the plan's content order. A content with a measurable target gets one row,
    /// named after the content, even if no unit reported on it (its average is then null, not a misleading 0): each
    /// report counts once, with its value against the content, in the target's unit of measure (CampaignReport), so the
    /// values of units that named their indicator differently add up together. Other indicators are grouped by content,
    /// name and unit of measure, ignoring case, and take the name as the first unit spelled it.
    /// </summary>
    private static List<IndicatorTotalDto> IndicatorTotals(List<CampaignReport> reports, List<Domain.Campaigns.CampaignContent> contents)
    {
        var position = contents.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.OrdinalIgnoreCase);
        var targeted = contents.Where(c => c.Target is not null).ToList();
        var codes = targeted.Select(c => c.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var againstTargets = targeted.Select(content =>
        {
            var target = content.Target!;
            var values = reports
                .Select(r => r.Indicators.Where(i => string.Equals(i.ContentCode, content.Code, StringComparison.OrdinalIgnoreCase)).ToList())
                .Where(matching => matching.Count > 0)
                .Select(matching => matching.Sum(i => i.Value))
                .ToList();
            var total = values.Sum();
            return new IndicatorTotalDto(
                content.Code,
                content.Text,
                target.UnitOfMeasure,
                total,
                values.Count == 0 ? null : decimal.Round(total / values.Count, 2, MidpointRounding.AwayFromZero),
                values.Count,
                target.Value,
                values.Count(target.IsMetBy),
                target.Direction);
        });
        var others = reports.SelectMany(r => r.Indicators)
            .Where(i => i.ContentCode is null || !codes.Contains(i.ContentCode))
            .GroupBy(CampaignReport.KeyOf)
            .Select(g =>
            {
                var first = g.First();
                var total = g.Sum(i => i.Value);
                return new IndicatorTotalDto(
                    first.ContentCode, first.Name, first.UnitOfMeasure, total, decimal.Round(total / g.Count(), 2, MidpointRounding.AwayFromZero), g.Count(), null, null);
            });
        return againstTargets.Concat(others)
            .OrderBy(t => t.ContentCode is { } code && position.TryGetValue(code, out var at) ? at : int.MaxValue)
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The active units the campaign addresses: those listed, or every active unit below the launching authority.</summary>
    private async Task<List<UnitId>> UnitsAddressedAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        if (!campaign.Plan.Scope.AllUnitsUnderAuthority || campaign.LaunchingAuthorityId is not { } authority)
        {
            var listed = campaign.Plan.Scope.Units.ToList();
            return await db.Units.AsNoTracking().Where(u => listed.Contains(u.Id) && u.Status == UnitStatus.Active).Select(u => u.Id).ToListAsync(cancellationToken);
        }

        var active = UnitStatus.Active.ToString();
        var ids = await db.Database.SqlQuery<Guid>($"""
            WITH RECURSIVE below AS (
                SELECT id, status, 1 AS depth FROM thidua.units WHERE parent_id = {authority.Value}
                UNION ALL
                SELECT u.id, u.status, b.depth + 1 FROM thidua.units u JOIN below b ON u.parent_id = b.id WHERE b.depth < 64
            )
            SELECT id AS "Value" FROM below WHERE status = {active}
            """).ToListAsync(cancellationToken);
        return ids.Select(g => new UnitId(g)).ToList();
    }

    public async Task<Page<CampaignSummaryDto>> ListAsync(ListCampaignsQuery query, CancellationToken cancellationToken)
    {
        var campaigns = db.Campaigns.AsNoTracking().MatchingSearch(query.Q);
        if (query.LaunchingAuthorityId is { } authorityId)
        {
            var authority = new UnitId(authorityId);
            campaigns = campaigns.Where(c => c.LaunchingAuthorityId == authority);
        }

        if (query.LaunchingClusterId is { } clusterId)
        {
            var cluster = new ClusterId(clusterId);
            campaigns = campaigns.Where(c => c.LaunchingClusterId == cluster);
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
            var afterCreated = after.KeyAsInstant();
            var afterId = new CampaignId(after.Id);
            campaigns = campaigns.Where(c => EF.Functions.LessThan(ValueTuple.Create(c.CreatedAt, c.Id), ValueTuple.Create(afterCreated, afterId)));
        }

        var rows = await campaigns
            .OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Take(query.Page.Limit + 1)
            .ToListAsync(cancellationToken);
        var clusters = await LaunchingClustersAsync(rows, cancellationToken);
        var unitIds = rows.Select(r => r.LaunchingAuthorityId).OfType<UnitId>()
            .Concat(clusters.Values.Select(c => c.HeadId).OfType<UnitId>())
            .Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var items = rows
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id.Value)
            .Select(r => (Created: r.CreatedAt, Dto: new CampaignSummaryDto(
                r.Id.Value, r.Plan.Title, r.Plan.Kind, r.Status, r.LaunchingAuthorityId is { } authority ? units[authority].ToReference() : null,
                r.Plan.Letter.Number, r.Plan.PeriodStart, r.Plan.PeriodEnd, LaunchingCluster(r, clusters, units))))
            .ToList();
        var page = KeysetCursor.ToPage(items, query.Page.Limit, r => KeysetCursor.At(r.Created, r.Dto.Id));
        return new Page<CampaignSummaryDto>(page.Items.Select(r => r.Dto).ToList(), page.NextCursor);
    }
}
