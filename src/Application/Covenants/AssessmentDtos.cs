using ThiDua.Application.Common.History;
using ThiDua.Application.Units;
using ThiDua.Domain.Common;
using ThiDua.Domain.CovenantAssessments;
using ThiDua.Domain.Covenants;

namespace ThiDua.Application.Covenants;

/// <summary>Every assessment of one unit under a covenant, with the full change history.</summary>
public sealed record UnitAssessmentsDto(Guid CovenantId, UnitReferenceDto Unit, IReadOnlyList<AssessmentDto> Assessments);

/// <summary>
/// One assessor's scores and their history. <c>Version</c> is the ETag for <c>If-Match</c> on this assessor's PUT.
/// <c>RecordedAs</c>: <c>live</c>, or <c>history</c> when entered from past documents, with each such entry in <c>History</c>.
/// </summary>
public sealed record AssessmentDto(
    AssessorKind Assessor,
    UnitReferenceDto? PeerUnit,
    IReadOnlyDictionary<string, decimal> Criteria,
    IReadOnlyDictionary<string, decimal> Bonuses,
    IReadOnlyDictionary<string, decimal> Penalties,
    string? Note,
    StaffComposition? Staff,
    string UpdatedBy,
    DateTimeOffset UpdatedAt,
    uint Version,
    IReadOnlyList<ScoreChangeDto> Changes,
    RecordingMode RecordedAs = RecordingMode.Live,
    IReadOnlyList<HistoricalRecordDto>? History = null);

/// <summary>A change of one item: who, when, old value, new value, why.</summary>
public sealed record ScoreChangeDto(string Item, decimal? OldValue, decimal? NewValue, string? Reason, string ChangedBy, DateTimeOffset ChangedAt);

/// <summary>The cluster scoreboard (bảng điểm) of a covenant.</summary>
public sealed record CovenantRankingDto(
    Guid CovenantId,
    string ClusterName,
    int Year,
    string Title,
    CovenantStatus Status,
    decimal ScaleMax,
    IReadOnlyList<string> CriterionCodes,
    IReadOnlyList<TieBreaker> TieBreakers,
    IReadOnlyList<RankingEntryDto> Units,
    IReadOnlyList<UnitReferenceDto> LeadingUnits);

/// <summary>
/// A unit's place: final score per criterion, bonus, penalty, total, gates, and <c>OrderedBy</c>, the rule that placed it
/// after the unit above (<c>gates</c>, <c>total</c>, a tie-breaker, or <c>tie</c> for a shared rank).
/// </summary>
public sealed record RankingEntryDto(
    int Rank,
    UnitReferenceDto Unit,
    IReadOnlyDictionary<string, decimal?> CriterionScores,
    decimal Bonus,
    decimal Penalty,
    decimal Total,
    bool PassesGates,
    IReadOnlyList<string> FailedGates,
    decimal? WomenShare,
    RankingBasis OrderedBy);

/// <summary>A unit's staff as it declares them in its self-assessment (for the women-share tie-breaker).</summary>
public sealed record StaffComposition(int Total, int Women)
{
    public decimal WomenShare => Total == 0 ? 0 : (decimal)Women / Total;

    public static StaffComposition? From(Domain.CovenantAssessments.StaffComposition? staff) =>
        staff is null ? null : new(staff.Total, staff.Women);
}
