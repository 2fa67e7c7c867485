using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Statistics;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.People;
using ThiDua.Domain.Statistics;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Queries;

/// <summary>
/// The facts of a statistical report (ADR 0034): the authority's reach (itself, the units under it, the units merged
/// into any of them, repeatedly — as the award lookup's reach), then the movements, awards or register entries in it,
/// each with its classifications: declared on the record where the record declares them, derived otherwise
/// (<see cref="StatisticsClassifier"/>).
/// </summary>
internal sealed class StatisticsFacts(ThiDuaDbContext db) : IStatisticsFacts
{
    private const int MaxDepth = 64;

    public async Task<ReportingAuthority?> AuthorityAsync(Guid unitId, CancellationToken cancellationToken)
    {
        var id = new UnitId(unitId);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.Code, u.Name, u.ParentId }).SingleOrDefaultAsync(cancellationToken);
        if (unit is null)
        {
            return null;
        }

        var parent = unit.ParentId is { } p ? await db.Units.AsNoTracking().Where(u => u.Id == p).Select(u => u.Name).SingleOrDefaultAsync(cancellationToken) : null;
        return new ReportingAuthority(unitId, unit.Code, unit.Name, parent);
    }

    public Task<bool> RegisterDeclaredAsync(Guid authorityId, int year, CancellationToken cancellationToken)
    {
        var id = new UnitId(authorityId);
        return db.ApparatusRegisters.AnyAsync(r => r.AuthorityId == id && r.Year == year, cancellationToken);
    }

    public async Task<IReadOnlyList<StatisticsFact>> FactsAsync(FactKind kind, Guid authorityId, ReportingPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        return kind switch
        {
            FactKind.Movement => await MovementsAsync(await ReachAsync(authorityId, cancellationToken), period, cancellationToken),
            FactKind.Award => await AwardsAsync(await ReachAsync(authorityId, cancellationToken), period, cancellationToken),
            FactKind.ApparatusUnit or FactKind.ApparatusStaff => await ApparatusAsync(kind, authorityId, period, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private async Task<List<UnitId>> ReachAsync(Guid authorityId, CancellationToken cancellationToken)
    {
        var ids = await db.Database.SqlQuery<Guid>($"""
            WITH RECURSIVE reach AS (
                SELECT id, 0 AS depth FROM thidua.units WHERE id = {authorityId}
                UNION
                SELECT u.id, r.depth + 1 FROM thidua.units u JOIN reach r ON (u.parent_id = r.id OR u.successor_id = r.id) WHERE r.depth < {MaxDepth}
            )
            SELECT DISTINCT id AS "Value" FROM reach
            """).ToListAsync(cancellationToken);
        return ids.Select(id => new UnitId(id)).ToList();
    }

    private async Task<IReadOnlyList<StatisticsFact>> MovementsAsync(List<UnitId> reach, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var clusters = await db.Clusters.AsNoTracking().Where(c => reach.Contains(c.ManagingAuthorityId)).Select(c => c.Id).ToListAsync(cancellationToken);
        var campaigns = await db.Campaigns.AsNoTracking()
            .Where(c => c.Status != CampaignStatus.Draft
                && ((c.LaunchingAuthorityId != null && reach.Contains(c.LaunchingAuthorityId.Value))
                    || (c.LaunchingClusterId != null && clusters.Contains(c.LaunchingClusterId.Value))))
            .ToListAsync(cancellationToken);
        var launched = campaigns.Where(c => period.Contains(c.Plan.Letter.Date)).ToList();
        var authorityIds = launched.Where(c => c.LaunchingAuthorityId is not null).Select(c => c.LaunchingAuthorityId!.Value).Distinct().ToList();
        var authorities = await db.Units.AsNoTracking().Where(u => authorityIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Kind, u.ParentId }).ToDictionaryAsync(u => u.Id, cancellationToken);
        return launched.Select(c =>
        {
            var authority = c.LaunchingAuthorityId is { } a && authorities.TryGetValue(a, out var unit) ? unit : null;
            var level = c.IsLaunchedByCluster ? LaunchingLevel.AgencyOrUnit : StatisticsClassifier.LaunchingLevelOf(authority?.Kind, authority?.ParentId is not null);
            var scope = c.StatisticsScope ?? StatisticsClassifier.ScopeOf(c.IsLaunchedByCluster, level);
            return new StatisticsFact(
                FactKind.Movement,
                c.Id.Value,
                string.Create(CultureInfo.InvariantCulture, $"{c.Plan.Title} ({c.Plan.Letter.Number} ngày {c.Plan.Letter.Date:dd'/'MM'/'yyyy})"),
                new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [Dimensions.LaunchingLevel] = Dimensions.Code(level),
                    [Dimensions.Scope] = Dimensions.Code(scope),
                    [Dimensions.Duration] = Dimensions.Code(StatisticsClassifier.Duration(c.Plan.PeriodStart, c.Plan.PeriodEnd)),
                    [Dimensions.Method] = Dimensions.Code(c.Plan.Kind),
                    ["scope_source"] = Dimensions.Code(c.StatisticsScope is null ? ClassificationSource.Derived : ClassificationSource.Declared),
                });
        }).ToList();
    }

    private async Task<IReadOnlyList<StatisticsFact>> AwardsAsync(List<UnitId> reach, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var awards = await db.AwardRecords.AsNoTracking()
            .Where(a => reach.Contains(a.UnitId) && a.RevocationGround == null && a.Decision.Date >= period.Start && a.Decision.Date <= period.End)
            .ToListAsync(cancellationToken);
        var own = await OwnAwardTypes.LoadAsync(db, cancellationToken);
        var personIds = awards.Where(a => a.PersonId is not null && a.StatisticsRecipientCategory is null).Select(a => a.PersonId!.Value).Distinct().ToList();
        var positions = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .Select(p => new { p.Id, Positions = p.Positions.Select(x => new { x.Level, x.From, x.To }).ToList() })
            .ToDictionaryAsync(p => p.Id, p => p.Positions, cancellationToken);
        var facts = new List<StatisticsFact>();
        foreach (var award in awards)
        {
            var type = AwardCatalogue.Find(award.AwardTypeCode) ?? own.GetValueOrDefault(award.AwardTypeCode);
            if (type is null)
            {
                continue;
            }

            var date = award.Decision.Date;
            var category = award.StatisticsRecipientCategory
                ?? (award.RecipientKind == RecipientKind.Collective
                    ? RecipientCategory.Collective
                    : StatisticsClassifier.GroupOf(positions.GetValueOrDefault(award.PersonId!.Value)?
                        .Where(p => p.From <= date && (p.To == null || p.To >= date)).Select(p => (PositionLevel?)p.Level).Max()));
            var method = award.StatisticsAwardMethod ?? StatisticsClassifier.MethodOf(award.CommendationType);
            facts.Add(new StatisticsFact(
                FactKind.Award,
                award.Id.Value,
                string.Create(CultureInfo.InvariantCulture, $"{type.Name}: {award.RecipientNameAtDecision} ({award.Decision.Number} ngày {date:dd'/'MM'/'yyyy})"),
                new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [Dimensions.AwardType] = type.Code,
                    [Dimensions.AwardGroup] = StatisticsClassifier.AwardGroupOf(type.Code),
                    [Dimensions.AwardLevel] = Dimensions.Code(type.Level),
                    [Dimensions.RecipientKind] = Dimensions.Code(award.RecipientKind),
                    [Dimensions.RecipientCategory] = Dimensions.Code(category),
                    [Dimensions.AwardMethod] = Dimensions.Code(method),
                    [Dimensions.SubmittingLevel] = "province",
                    ["recipient_category_source"] = Dimensions.Code(award.StatisticsRecipientCategory is null ? ClassificationSource.Derived : ClassificationSource.Declared),
                    ["award_method_source"] = Dimensions.Code(award.StatisticsAwardMethod is null ? ClassificationSource.Derived : ClassificationSource.Declared),
                },
                Personal: award.RecipientKind == RecipientKind.Individual));
        }

        return facts;
    }

    private async Task<IReadOnlyList<StatisticsFact>> ApparatusAsync(FactKind kind, Guid authorityId, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var id = new UnitId(authorityId);
        var register = await db.ApparatusRegisters.AsNoTracking().SingleOrDefaultAsync(r => r.AuthorityId == id && r.Year == period.Year, cancellationToken);
        if (register is null)
        {
            return [];
        }

        if (kind == FactKind.ApparatusUnit)
        {
            return register.Units.Select(u => new StatisticsFact(
                FactKind.ApparatusUnit,
                EntryId(register.Id.Value, "unit", u.Reference),
                $"{u.Reference}: {u.Name}",
                new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [Dimensions.UnitLevel] = Dimensions.Code(u.Level),
                    [Dimensions.Staffing] = Dimensions.Code(u.Staffing),
                })).ToList();
        }

        return register.Staff.Select(s => new StatisticsFact(
            FactKind.ApparatusStaff,
            EntryId(register.Id.Value, "staff", s.Reference),
            s.Reference,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [Dimensions.Staffing] = Dimensions.Code(s.Staffing),
                [Dimensions.Gender] = Dimensions.Code(s.Gender),
                [Dimensions.AgeBand] = Dimensions.Code(ApparatusBands.AgeBandOf(s.BirthYear, period.Year)),
                [Dimensions.Education] = Dimensions.Code(s.Education),
                [Dimensions.YearsInField] = Dimensions.Code(ApparatusBands.YearsInFieldOf(s.FirstYearInField, period.Year)),
            },
            Personal: true)).ToList();
    }

    /// <summary>A stable id for a register entry (entries are named by the authority's reference, not by an id of their own).</summary>
    private static Guid EntryId(Guid register, string list, string reference)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{register:N}/{list}/{reference.ToUpperInvariant()}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
