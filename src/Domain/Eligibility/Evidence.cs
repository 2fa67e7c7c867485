using System.Globalization;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.Eligibility;

/// <summary>The kind of a recorded fact an outcome relied on.</summary>
public enum EvidenceKind
{
    /// <summary>A performance rating (xếp loại) of the person or the collective for a year.</summary>
    Rating = 1,

    /// <summary>An award in the recipient's history, with its decision number.</summary>
    Award = 2,

    /// <summary>An initiative or scientific work, with its scope and whether another award already used it (R9).</summary>
    Initiative = 3,

    /// <summary>A discipline or hold (R4), with the decision that imposed it.</summary>
    Discipline = 4,

    /// <summary>A leave period and its working days in the year (R5).</summary>
    Leave = 5,

    /// <summary>A position held, with its level (R7, R14).</summary>
    Position = 6,

    /// <summary>The retirement notice or decision (R14).</summary>
    Retirement = 7,

    /// <summary>Members of a collective: a count, or a member a rule names.</summary>
    Member = 8,

    /// <summary>The unit's standing in a cluster or block.</summary>
    Cluster = 9,

    /// <summary>Approved registrations for emulation naming the title (R12).</summary>
    Registration = 10,

    /// <summary>The unit's status (active, merged, dissolved; R13).</summary>
    UnitStatus = 11,
}

/// <summary>
/// One recorded fact an outcome relied on: what it is (<paramref name="Kind"/>), whose or which (<paramref name="Subject"/>:
/// a name, an award type code, a title), what it says (<paramref name="Value"/>: a rating, a status, a count, a level),
/// the year or period it covers and the document (decision number) that records it. Values are stable camelCase words
/// or numbers, not prose, so clients can show and translate them.
/// </summary>
public sealed record EvidenceItem(
    EvidenceKind Kind,
    string Subject,
    string? Value,
    int? Year = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Document = null);

/// <summary>Builds evidence items from the facts the rules read.</summary>
public static class Evidence
{
    /// <summary>A rating of <paramref name="subject"/> for <paramref name="year"/>, or "notRecorded".</summary>
    public static EvidenceItem Rating(string subject, int year, PerformanceRating? rating) =>
        new(EvidenceKind.Rating, subject, rating is { } r ? RatingHistory.Value(r) : "notRecorded", year);

    /// <summary>The ratings of <paramref name="subject"/> for each year of <paramref name="years"/>.</summary>
    public static IEnumerable<EvidenceItem> Ratings(string subject, IEnumerable<int> years, IReadOnlyDictionary<int, PerformanceRating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        return years.Select(y => Rating(subject, y, ratings.TryGetValue(y, out var r) ? r : null));
    }

    /// <summary>An award of the history: "held", "revoked", "oneOff" (sudden or thematic, R3) or "predecessor" (before a merger), with its decision.</summary>
    public static EvidenceItem Award(AwardFact award)
    {
        ArgumentNullException.ThrowIfNull(award);
        var value = award.IsRevoked ? "revoked" : !award.IsOwn ? "predecessor" : CommendationTypes.IsOneOff(award.CommendationType) ? "oneOff" : "held";
        return new(EvidenceKind.Award, award.AwardTypeCode, value, award.Year, Document: award.DecisionNumber);
    }

    /// <summary>An initiative: its scope, and ", alreadyUsed" when another award used it (R9).</summary>
    public static EvidenceItem Initiative(InitiativeFact initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return new(EvidenceKind.Initiative, initiative.Title, Camel(initiative.Scope.ToString()) + (initiative.AlreadyUsed ? ", alreadyUsed" : string.Empty), initiative.Year);
    }

    /// <summary>A discipline or hold with its period and decision.</summary>
    public static EvidenceItem Discipline(Discipline discipline)
    {
        ArgumentNullException.ThrowIfNull(discipline);
        return new(EvidenceKind.Discipline, Camel(discipline.Kind.ToString()), null, From: discipline.From, To: discipline.To, Document: discipline.LegalBasis.Number);
    }

    /// <summary>A leave period with its working days in <paramref name="year"/>.</summary>
    public static EvidenceItem Leave(LeaveFact leave, int year, int workingDays)
    {
        ArgumentNullException.ThrowIfNull(leave);
        return new(EvidenceKind.Leave, Camel(leave.Kind.ToString()), workingDays.ToString(CultureInfo.InvariantCulture), year, leave.From, leave.To);
    }

    /// <summary>A position with its level and period (the period as counted, e.g. cut at the evaluation date).</summary>
    public static EvidenceItem Position(PositionFact position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return new(EvidenceKind.Position, position.Title, Camel(position.Level.ToString()), From: position.From, To: position.To);
    }

    /// <summary>The retirement notice or decision: notified on <c>From</c>, effective on <c>To</c>.</summary>
    public static EvidenceItem Retirement(RetirementFact retirement)
    {
        ArgumentNullException.ThrowIfNull(retirement);
        return new(EvidenceKind.Retirement, Camel(retirement.Kind.ToString()), null, From: retirement.NotifiedOn, To: retirement.RetiresOn);
    }

    /// <summary>A member a rule names, with what the rule read about them.</summary>
    public static EvidenceItem Member(string name, string value, int year) => new(EvidenceKind.Member, name, value, year);

    /// <summary>A count of members: "holders/total".</summary>
    public static EvidenceItem MemberCount(string unitName, int count, int total, int year) =>
        new(EvidenceKind.Member, unitName, string.Create(CultureInfo.InvariantCulture, $"{count}/{total}"), year);

    /// <summary>A standing in a cluster or block: "leadingUnit", "notLeading", "covenantNotFinalized" or "notOrganisedByProvince".</summary>
    public static EvidenceItem Cluster(ClusterStanding standing, int year)
    {
        ArgumentNullException.ThrowIfNull(standing);
        var value = !standing.OrganisedByProvince ? "notOrganisedByProvince" : !standing.CovenantFinalized ? "covenantNotFinalized" : standing.IsLeadingUnit ? "leadingUnit" : "notLeading";
        return new(EvidenceKind.Cluster, standing.ClusterName, value, year);
    }

    /// <summary>A title an approved registration of the year names, or the title looked for and not found ("notRegistered").</summary>
    public static EvidenceItem Registration(string titleCode, bool registered, int year) =>
        new(EvidenceKind.Registration, titleCode, registered ? "registered" : "notRegistered", year);

    /// <summary>The unit's status.</summary>
    public static EvidenceItem UnitStatus(string unitName, UnitStatus status) => new(EvidenceKind.UnitStatus, unitName, Camel(status.ToString()), null);

    private static string Camel(string name) => string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);
}
