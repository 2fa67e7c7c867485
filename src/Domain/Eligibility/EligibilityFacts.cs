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
    IReadOnlyList<AwardFact> Awards);

/// <summary>A member of a collective in the year: rating, individual titles and the most severe discipline.</summary>
public sealed record MemberFacts(string FullName, PerformanceRating? Rating, bool HoldsAdvancedWorker, bool HoldsGrassrootsFighter, DisciplineKind? MostSevereDiscipline);

/// <summary>
/// The unit's standing in a cluster or block that year: whether the province organises it (its managing authority is
/// the province's People's Committee or one of its departments, not a unit below them), whether its covenant is
/// finalized and whether the unit leads it.
/// </summary>
public sealed record ClusterStanding(string ClusterName, bool OrganisedByProvince, bool CovenantFinalized, bool IsLeadingUnit);

/// <summary>What the rules read about a collective (unit), computed from the records.</summary>
public sealed record UnitFacts(
    string Name,
    string Province,
    Units.UnitStatus Status,
    IReadOnlyDictionary<int, PerformanceRating> Ratings,
    IReadOnlyList<MemberFacts> Members,
    IReadOnlyList<AwardFact> Awards,
    IReadOnlyList<ClusterStanding> Clusters);
