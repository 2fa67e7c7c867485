using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Eligibility;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Queries;

/// <summary>Reads the facts of the eligibility rules from people, units, award records, cluster terms and covenants.</summary>
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
        var used = records.Where(r => !r.IsRevoked).SelectMany(r => r.BasisInitiativeIds).ToHashSet();
        return new PersonFacts(
            person.FullName,
            person.CurrentUnitId,
            person.Ratings.ToDictionary(r => r.Year, r => r.Rating),
            person.Initiatives.Select(i => new InitiativeFact(i.Id, i.Title, i.Kind, i.Year, i.Scope, used.Contains(i.Id))).ToList(),
            person.Disciplines.ToList(),
            records.Select(r => new AwardFact(r.AwardTypeCode, r.Year, r.CommendationType, r.IsRevoked)).ToList())
        {
            Gender = person.Gender,
            Leaves = person.Leaves.Select(l => new LeaveFact(l.Kind, l.From, l.To)).ToList(),
            Positions = person.Positions.Select(p => new PositionFact(p.Title, p.Level, p.From, p.To)).ToList(),
            Retirement = person.Retirement is { } r ? new RetirementFact(r.Kind, r.NotifiedOn, r.RetiresOn, r.HigherRetirementAge) : null,
        };
    }

    public async Task<UnitFacts?> ForUnitAsync(UnitId unitId, int year, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unit is null)
        {
            return null;
        }

        var start = new DateOnly(year, 1, 1);
        var end = new DateOnly(year, 12, 31);
        var members = await db.People.AsNoTracking().AsSplitQuery()
            .Where(p => p.Employments.Any(e => e.UnitId == unitId && e.From <= end && (e.To == null || e.To >= start)))
            .ToListAsync(cancellationToken);
        var memberIds = members.Select(m => (PersonId?)m.Id).ToList();
        var titles = await db.AwardRecords.AsNoTracking()
            .Where(a => memberIds.Contains(a.PersonId) && a.Year == year && a.RevocationGround == null
                && (a.AwardTypeCode == AwardCatalogue.AdvancedWorker || a.AwardTypeCode == AwardCatalogue.GrassrootsEmulationFighter))
            .Select(a => new { a.PersonId, a.AwardTypeCode })
            .ToListAsync(cancellationToken);
        var lineage = await awards.LineageAsync(unitId, cancellationToken);
        var unitAwards = await db.AwardRecords.AsNoTracking().Where(a => a.PersonId == null && lineage.Contains(a.UnitId)).ToListAsync(cancellationToken);

        return new UnitFacts(
            unit.Name,
            unit.Province,
            unit.Status,
            unit.Ratings.ToDictionary(r => r.Year, r => r.Rating),
            members.Select(m => new MemberFacts(
                    m.FullName,
                    m.RatingIn(year),
                    titles.Any(t => t.PersonId == m.Id && t.AwardTypeCode == AwardCatalogue.AdvancedWorker),
                    titles.Any(t => t.PersonId == m.Id && t.AwardTypeCode == AwardCatalogue.GrassrootsEmulationFighter),
                    m.Disciplines.Where(d => !d.IsHold && d.Touches(year)).Select(d => (DisciplineKind?)d.Kind).Max()))
                .ToList(),
            unitAwards.Select(a => new AwardFact(a.AwardTypeCode, a.Year, a.CommendationType, a.IsRevoked, IsOwn: a.UnitId == unitId)).ToList(),
            await ClusterStandingsAsync(unitId, year, cancellationToken));
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
            var finalized = covenant?.Status == CovenantStatus.Finalized;
            // Organised by the province: its People's Committee (or council) or one of its departments (Sở) manages the
            // cluster, not a hospital or centre grouping its own departments (domain.md C1, C7; BN86 Art. 3.1).
            var provincial = c.AuthorityKind is UnitKind.Department or UnitKind.Other;
            return new ClusterStanding(c.Name, provincial, finalized, finalized && covenant!.LeadingUnitIds.Contains(unitId));
        }).ToList();
    }
}
