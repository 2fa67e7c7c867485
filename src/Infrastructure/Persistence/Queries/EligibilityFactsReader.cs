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

    public async Task<UnitFacts?> ForUnitAsync(UnitId unitId, int year, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unit is null)
        {
            return null;
        }

        // The people employed at the unit at some time in the year, and their individual titles of that year.
        var (start, end) = EligibilityYears.Span(year);
        var members = await db.People.AsNoTracking().AsSplitQuery()
            .Where(p => p.Employments.Any(e => e.UnitId == unitId && e.From <= end && (e.To == null || e.To >= start)))
            .ToListAsync(cancellationToken);
        var memberIds = members.Select(m => (PersonId?)m.Id).ToList();
        var titles = await db.AwardRecords.AsNoTracking()
            .Where(a => memberIds.Contains(a.PersonId) && a.Year == year
                && (a.AwardTypeCode == AwardCatalogue.AdvancedWorker || a.AwardTypeCode == AwardCatalogue.GrassrootsEmulationFighter))
            .ToListAsync(cancellationToken);
        var lineage = await awards.LineageAsync(unitId, cancellationToken);
        var unitAwards = await db.AwardRecords.AsNoTracking().Where(a => a.PersonId == null && lineage.Contains(a.UnitId)).ToListAsync(cancellationToken);
        return EligibilityFactsBuilder.ForUnit(unit, year, members, titles, unitAwards, await ClusterStandingsAsync(unitId, year, cancellationToken));
    }

    private async Task<List<ClusterStanding>> ClusterStandingsAsync(UnitId unitId, int year, CancellationToken cancellationToken)
    {
        var clusters = await db.Clusters.AsNoTracking()
            .Where(c => c.Terms.Any(t => t.Year == year && t.Members.Any(m => m.UnitId == unitId)))
            .Select(c => new
            {
                c.Id,
                c.Name,
                AuthorityKind = db.Units.Where(u => u.Id == c.ManagingAuthorityId).Select(u => (UnitKind?)u.Kind).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var clusterIds = clusters.Select(c => c.Id).ToList();
        var covenants = await db.Covenants.AsNoTracking()
            .Where(c => clusterIds.Contains(c.ClusterId) && c.Year == year)
            .ToListAsync(cancellationToken);
        return clusters.Select(c =>
        {
            var covenant = covenants.FirstOrDefault(v => v.ClusterId == c.Id);
            return EligibilityFactsBuilder.ClusterStandingOf(c.Name, c.AuthorityKind, covenant?.Status, covenant?.LeadingUnitIds ?? [], unitId);
        }).ToList();
    }
}
