using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Eligibility;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Queries;

/// <summary>
/// Loads the records the eligibility rules read — people, units, award records, cluster terms and covenants — and hands
/// them to <see cref="EligibilityFactsBuilder"/>, which derives the facts (ADR 0021). Only queries here.
/// </summary>
internal sealed class EligibilityFactsReader(ThiDuaDbContext db, AwardQueries awards) : IEligibilityFacts
{
    public async Task<PersonFacts?> ForPersonAsync(PersonId personId, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var records = await db.AwardRecords.AsNoTracking().Where(a => a.PersonId == personId).ToListAsync(cancellationToken);
        return EligibilityFactsBuilder.ForPerson(person, records);
    }

    public async Task<IReadOnlyDictionary<PersonId, PersonFacts>> ForPeopleAsync(IReadOnlyCollection<PersonId> personIds, CancellationToken cancellationToken)
    {
        var ids = personIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<PersonId, PersonFacts>();
        }

        var people = await db.People.AsNoTracking().AsSplitQuery().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var recipients = ids.Select(id => (PersonId?)id).ToList();
        var records = (await db.AwardRecords.AsNoTracking().Where(a => recipients.Contains(a.PersonId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.PersonId!.Value);
        return people.ToDictionary(p => p.Id, p => EligibilityFactsBuilder.ForPerson(p, records[p.Id]));
    }

    public async Task<UnitFacts?> ForUnitAsync(UnitId unitId, int year, CancellationToken cancellationToken) =>
        (await ForUnitsAsync([unitId], year, cancellationToken)).GetValueOrDefault(unitId);

    public async Task<IReadOnlyDictionary<UnitId, UnitFacts>> ForUnitsAsync(IReadOnlyCollection<UnitId> unitIds, int year, CancellationToken cancellationToken)
    {
        var ids = unitIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<UnitId, UnitFacts>();
        }

        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);
        if (units.Count == 0)
        {
            return new Dictionary<UnitId, UnitFacts>();
        }

        // The people employed at one of the units at some time in the year, and their individual titles of that year
        // (EligibilityFactsBuilder.ForUnit keeps each unit's own members).
        var found = units.Select(u => u.Id).ToList();
        var (start, end) = EligibilityYears.Span(year);
        var members = await db.People.AsNoTracking().AsSplitQuery()
            .Where(p => p.Employments.Any(e => found.Contains(e.UnitId) && e.From <= end && (e.To == null || e.To >= start)))
            .ToListAsync(cancellationToken);
        var memberIds = members.Select(m => (PersonId?)m.Id).ToList();
        var titles = await db.AwardRecords.AsNoTracking()
            .Where(a => memberIds.Contains(a.PersonId) && a.Year == year
                && (a.AwardTypeCode == AwardCatalogue.AdvancedWorker || a.AwardTypeCode == AwardCatalogue.GrassrootsEmulationFighter))
            .ToListAsync(cancellationToken);
        var lineages = await awards.LineagesAsync(found, cancellationToken);
        var lineageIds = lineages.SelectMany(l => l.Value).Distinct().ToList();
        var collectiveAwards = (await db.AwardRecords.AsNoTracking().Where(a => a.PersonId == null && lineageIds.Contains(a.UnitId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.UnitId);
        var standings = await ClusterStandingsAsync(found, year, cancellationToken);
        return units.ToDictionary(
            u => u.Id,
            u => EligibilityFactsBuilder.ForUnit(
                u, year, members, titles, lineages[u.Id].SelectMany(l => collectiveAwards[l]), standings[u.Id].ToList()));
    }

    /// <summary>Each unit's standings in the clusters and blocks whose term of the year lists it: three statements for all the units.</summary>
    private async Task<ILookup<UnitId, ClusterStanding>> ClusterStandingsAsync(IReadOnlyCollection<UnitId> unitIds, int year, CancellationToken cancellationToken)
    {
        var memberships = await db.Clusters.AsNoTracking()
            .SelectMany(c => c.Terms.Where(t => t.Year == year).SelectMany(t => t.Members), (c, m) => new { ClusterId = c.Id, c.Name, c.ManagingAuthorityId, m.UnitId })
            .Where(m => unitIds.Contains(m.UnitId))
            .ToListAsync(cancellationToken);
        var authorityIds = memberships.Select(m => m.ManagingAuthorityId).Distinct().ToList();
        var authorityKinds = await db.Units.AsNoTracking().Where(u => authorityIds.Contains(u.Id)).Select(u => new { u.Id, u.Kind }).ToDictionaryAsync(u => u.Id, u => u.Kind, cancellationToken);
        var clusterIds = memberships.Select(m => m.ClusterId).Distinct().ToList();
        var covenants = await db.Covenants.AsNoTracking()
            .Where(c => clusterIds.Contains(c.ClusterId) && c.Year == year)
            .ToListAsync(cancellationToken);
        return memberships
            .DistinctBy(m => (m.ClusterId, m.UnitId))
            .ToLookup(m => m.UnitId, m =>
            {
                var covenant = covenants.FirstOrDefault(v => v.ClusterId == m.ClusterId);
                UnitKind? kind = authorityKinds.TryGetValue(m.ManagingAuthorityId, out var k) ? k : null;
                return EligibilityFactsBuilder.ClusterStandingOf(m.Name, kind, covenant?.Status, covenant?.LeadingUnitIds ?? [], m.UnitId);
            });
    }
}
