using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Application.Common.History;
using ThiDua.Domain.CovenantAssessments;

namespace ThiDua.Application.Covenants.RecordAssessment;

/// <summary>
/// Records or revises one assessor's scores of a unit: <c>self</c> (by the unit), <c>peer</c> (by another member unit,
/// <c>PeerUnitId</c>) or <c>verified</c> (by the cluster head or the council). Returns every assessment of the unit as written, and whether this one was created.
/// </summary>
public sealed record RecordAssessmentCommand(
    Guid CovenantId,
    Guid AssessedUnitId,
    AssessorKind Kind,
    Guid? PeerUnitId,
    IReadOnlyList<ScoreInput>? Criteria,
    IReadOnlyList<ScoreInput>? Bonuses,
    IReadOnlyList<ScoreInput>? Penalties,
    string? Note,
    string? Reason,
    StaffInput? Staff,
    uint? ExpectedVersion,
    HistoricalInput? Historical = null) : ICommand<Upserted<UnitAssessmentsDto>>, IVersionedCommand, ILockingCommand
{
    /// <summary>The covenant is held unchanged until the scores commit: a finalization in flight finishes first.</summary>
    public IEnumerable<DeclaredLock> Locks => [DeclaredLock.ForReference(LockedResource.Covenant, CovenantId)];

    public AssessmentScores ToScores() => new(
        ToMap(Criteria), ToMap(Bonuses), ToMap(Penalties));

    private static Dictionary<string, decimal> ToMap(IReadOnlyList<ScoreInput>? items) =>
        (items ?? []).ToDictionary(i => i.Code.Trim().ToUpperInvariant(), i => i.Points!.Value, StringComparer.Ordinal);
}

/// <summary>Points for one criterion, bonus rule or penalty rule, by its code.</summary>
public sealed record ScoreInput(string Code, decimal? Points);

/// <summary>The unit's staff (total and women), declared in its self-assessment for the women-share tie-breaker.</summary>
public sealed record StaffInput(int Total, int Women);
