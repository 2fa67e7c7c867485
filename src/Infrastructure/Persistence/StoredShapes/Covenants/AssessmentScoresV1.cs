using ThiDua.Domain.CovenantAssessments;

namespace ThiDua.Infrastructure.Persistence.StoredShapes.Covenants;

/// <summary>
/// The stored shape of one assessment's scores (<c>covenant_assessments.scores</c>, ADR 0024): points by criterion code,
/// bonus-rule code and penalty-rule code.
/// </summary>
internal sealed record AssessmentScoresV1(
    IReadOnlyDictionary<string, decimal> Criteria,
    IReadOnlyDictionary<string, decimal> Bonuses,
    IReadOnlyDictionary<string, decimal> Penalties) : StoredShape
{
    public static AssessmentScoresV1 From(AssessmentScores scores) =>
        new(Copy(scores.Criteria), Copy(scores.Bonuses), Copy(scores.Penalties));

    public AssessmentScores ToDomain()
    {
        EnsureVersion(1);
        return new(Copy(Criteria), Copy(Bonuses), Copy(Penalties));
    }

    private static Dictionary<string, decimal> Copy(IReadOnlyDictionary<string, decimal>? items) =>
        (items ?? new Dictionary<string, decimal>()).ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
}
