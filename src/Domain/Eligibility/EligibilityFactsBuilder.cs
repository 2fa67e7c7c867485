using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.Eligibility;

/// <summary>
/// Derives the facts the eligibility rules read from the records (ADR 0021): which initiatives earlier awards used up
/// (R9), the award history with decision numbers, a collective's members in a year (their rating, titles and most severe
/// discipline) and its standing in clusters. Infrastructure only loads the records; every reading of them is here.
/// </summary>
public static class EligibilityFactsBuilder
{
    /// <summary>The person's facts from the person and every award record of the person.</summary>
    public static PersonFacts ForPerson(Person person, IEnumerable<AwardRecord> records)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(records);
        var awards = records.ToList();
        var used = UsedInitiatives(awards);
        return new PersonFacts(
            person.FullName,
            person.CurrentUnitId,
            person.Ratings.ToDictionary(r => r.Year, r => r.Rating),
            person.Initiatives.Select(i => new InitiativeFact(i.Id, i.Title, i.Kind, i.Year, i.Scope, used.Contains(i.Id))).ToList(),
            person.Disciplines.ToList(),
            awards.Select(r => AwardFactOf(r, isOwn: true)).ToList())
        {
            Gender = person.Gender,
            Leaves = person.Leaves.Select(l => new LeaveFact(l.Kind, l.From, l.To)).ToList(),
            Positions = person.Positions.Select(p => new PositionFact(p.Title, p.Level, p.From, p.To)).ToList(),
            Retirement = person.Retirement is { } r ? new RetirementFact(r.Kind, r.NotifiedOn, r.RetiresOn, r.HigherRetirementAge) : null,
        };
    }

    /// <summary>
    /// The initiatives an unrevoked award already used as its basis (R9: an initiative supports one award only; a revoked
    /// award frees its basis).
    /// </summary>
    public static IReadOnlySet<Guid> UsedInitiatives(IEnumerable<AwardRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return records.Where(r => !r.IsRevoked).SelectMany(r => r.BasisInitiativeIds).ToHashSet();
    }

    /// <summary>An award record as the rules read it, with its decision number.</summary>
    /// <param name="record">The record.</param>
    /// <param name="isOwn">False for a predecessor unit's award (before a merger or split).</param>
    public static AwardFact AwardFactOf(AwardRecord record, bool isOwn)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new AwardFact(record.AwardTypeCode, record.Year, record.CommendationType, record.IsRevoked, isOwn) { DecisionNumber = record.Decision.Number };
    }

    /// <summary>
    /// Whether the person was employed at the unit at some time in the year: a member of the collective for that year's
    /// titles (an employment from on or before 31/12 to on or after 1/1, or still open).
    /// </summary>
    public static bool IsMemberIn(Person person, UnitId unitId, int year)
    {
        ArgumentNullException.ThrowIfNull(person);
        var (first, last) = EligibilityYears.Span(year);
        return person.Employments.Any(e => e.UnitId == unitId && e.From <= last && (e.To == null || e.To >= first));
    }

    /// <summary>
    /// A member in the year: the rating of the year, whether an unrevoked Lao động tiên tiến or Chiến sĩ thi đua cơ sở of
    /// the year is among <paramref name="records"/> (the person's), and the most severe discipline (not a hold) touching the year.
    /// </summary>
    public static MemberFacts MemberOf(Person person, int year, IEnumerable<AwardRecord> records)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(records);
        var titles = records.Where(r => r.PersonId == person.Id && r.Year == year && !r.IsRevoked).Select(r => r.AwardTypeCode).ToHashSet(StringComparer.Ordinal);
        return new MemberFacts(
            person.FullName,
            person.RatingIn(year),
            titles.Contains(AwardCatalogue.AdvancedWorker),
            titles.Contains(AwardCatalogue.GrassrootsEmulationFighter),
            DisciplineHistory.MostSevereIn(person.Disciplines, year));
    }

    /// <summary>
    /// A unit's facts for a year: its members (people employed there at some time in the year; others are left out),
    /// their award records, the collective awards of the unit and its predecessors (<paramref name="lineageAwards"/>; a
    /// predecessor's counts towards chains but is not the unit's own), and its cluster standings.
    /// </summary>
    public static UnitFacts ForUnit(
        OrganisationUnit unit, int year, IEnumerable<Person> people, IEnumerable<AwardRecord> memberRecords, IEnumerable<AwardRecord> lineageAwards, IReadOnlyList<ClusterStanding> clusters)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(lineageAwards);
        var records = memberRecords.ToList();
        return new UnitFacts(
            unit.Name,
            unit.Province,
            unit.Status,
            unit.Ratings.ToDictionary(r => r.Year, r => r.Rating),
            people.Where(p => IsMemberIn(p, unit.Id, year)).Select(p => MemberOf(p, year, records)).ToList(),
            lineageAwards.Where(a => a.PersonId == null).Select(a => AwardFactOf(a, isOwn: a.UnitId == unit.Id)).ToList(),
            clusters);
    }

    /// <summary>
    /// A unit's standing in a cluster or block in a year. The province organises the cluster when its managing authority
    /// is the province's People's Committee (or council, <see cref="UnitKind.Other"/>) or one of its departments (Sở), not
    /// a hospital or centre grouping its own departments (domain.md §4 C1: the provincial council guides the clusters the
    /// province organises). The unit leads it when the year's covenant is finalized and its ranking puts the unit first.
    /// </summary>
    /// <param name="clusterName">The cluster's name.</param>
    /// <param name="managingAuthorityKind">The kind of the cluster's managing authority, or null when unknown.</param>
    /// <param name="covenantStatus">The status of the cluster's covenant of the year, or null when there is none.</param>
    /// <param name="leadingUnitIds">The leading units of that covenant's ranking.</param>
    /// <param name="unitId">The unit.</param>
    public static ClusterStanding ClusterStandingOf(string clusterName, UnitKind? managingAuthorityKind, CovenantStatus? covenantStatus, IEnumerable<UnitId> leadingUnitIds, UnitId unitId)
    {
        ArgumentNullException.ThrowIfNull(leadingUnitIds);
        var finalized = covenantStatus == CovenantStatus.Finalized;
        var provincial = managingAuthorityKind is UnitKind.Department or UnitKind.Other;
        return new ClusterStanding(clusterName, provincial, finalized, finalized && leadingUnitIds.Contains(unitId));
    }
}
