using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;

namespace ThiDua.Domain.Eligibility;

/// <summary>
/// An award in the recipient's history, as eligibility reads it. <paramref name="IsOwn"/> is false for an award of a
/// predecessor unit (before a merger or split), which counts towards the successor's chains but is not its own award.
/// </summary>
public sealed record AwardFact(string AwardTypeCode, int Year, CommendationType CommendationType, bool IsRevoked, bool IsOwn = true)
{
    /// <summary>Counts towards merit prerequisites: not revoked, and neither sudden nor thematic (rule R3).</summary>
    public bool CountsForMerit => !IsRevoked && !CommendationTypes.IsOneOff(CommendationType);

    /// <summary>The number of the decision that conferred the award (e.g. 45/QĐ-SYT), shown as evidence; null when not known.</summary>
    public string? DecisionNumber { get; init; }
}

/// <summary>An initiative or scientific work, and whether an earlier award already used it as its basis (rule R9).</summary>
public sealed record InitiativeFact(Guid Id, string Title, InitiativeKind Kind, int Year, InitiativeScope Scope, bool AlreadyUsed);

/// <summary>What the rules read about a person, computed from the records (never typed in).</summary>
public sealed record PersonFacts(
    string FullName,
    Units.UnitId CurrentUnitId,
    IReadOnlyDictionary<int, PerformanceRating> Ratings,
    IReadOnlyList<InitiativeFact> Initiatives,
    IReadOnlyList<Discipline> Disciplines,
    IReadOnlyList<AwardFact> Awards)
{
    /// <summary>Null when unknown: then no reduction for women leaders applies (R7).</summary>
    public Gender? Gender { get; init; }

    /// <summary>Leave periods (R5).</summary>
    public IReadOnlyList<LeaveFact> Leaves { get; init; } = [];

    /// <summary>Positions held, leadership or not (R7, R14).</summary>
    public IReadOnlyList<PositionFact> Positions { get; init; } = [];

    /// <summary>The retirement notice or decision, or null (R14).</summary>
    public RetirementFact? Retirement { get; init; }
}

/// <summary>A leave period as the rules read it; maternity leave counts as time worked (R5).</summary>
public sealed record LeaveFact(LeaveKind Kind, DateOnly From, DateOnly? To)
{
    public bool CountsAsWorked => Leave.CountsAsWorkedFor(Kind);
}

/// <summary>A position held as the rules read it.</summary>
public sealed record PositionFact(string Title, PositionLevel Level, DateOnly From, DateOnly? To)
{
    public bool IsLeadership => Position.IsLeadershipLevel(Level);
}

/// <summary>The retirement: notified or decided on <paramref name="NotifiedOn"/> (the document's date), effective <paramref name="RetiresOn"/>.</summary>
public sealed record RetirementFact(RetirementKind Kind, DateOnly NotifiedOn, DateOnly RetiresOn, bool HigherRetirementAge);

/// <summary>A member of a collective in the year: rating, individual titles and the most severe discipline.</summary>
public sealed record MemberFacts(string FullName, PerformanceRating? Rating, bool HoldsAdvancedWorker, bool HoldsGrassrootsFighter, DisciplineKind? MostSevereDiscipline);

/// <summary>
/// The unit's standing in a cluster or block that year: whether the province organises it (its managing authority is
/// the province's People's Committee or one of its departments, not a unit below them), whether its covenant is
/// finalized and whether the unit leads it.
/// </summary>
public sealed record ClusterStanding(string ClusterName, bool OrganisedByProvince, bool CovenantFinalized, bool IsLeadingUnit)
{
    /// <summary>
    /// Qualifies for the annual route of Cờ thi đua của UBND tỉnh (Law 06/2022/QH15 Art. 26): the leading unit of the
    /// finalized covenant ranking of a cluster or block the province organises.
    /// </summary>
    public bool QualifiesForProvincialFlag => OrganisedByProvince && CovenantFinalized && IsLeadingUnit;
}

/// <summary>What the rules read about a collective (unit), computed from the records.</summary>
public sealed record UnitFacts(
    string Name,
    string Province,
    Units.UnitStatus Status,
    IReadOnlyDictionary<int, PerformanceRating> Ratings,
    IReadOnlyList<MemberFacts> Members,
    IReadOnlyList<AwardFact> Awards,
    IReadOnlyList<ClusterStanding> Clusters);
