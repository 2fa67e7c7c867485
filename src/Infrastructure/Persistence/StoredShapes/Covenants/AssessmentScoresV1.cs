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
    /// <summary>The shape to write: it only serialises the domain's dictionaries, so it shares them.</summary>
    public static AssessmentScoresV1 From(AssessmentScores scores) => new(scores.Criteria, scores.Bonuses, scores.Penalties);

    /// <summary>
    /// The domain's scores, taking the dictionaries the reader has just made (string keys compared ordinally, owned by
    /// nothing else): a ranking reads 180 assessments of 100 criteria, which a copy here made 36 000 dictionary entries instead of 18 000.
    /// </summary>
    public AssessmentScores ToDomain()
    {
        EnsureVersion(1);
        return new(Criteria ?? Empty(), Bonuses ?? Empty(), Penalties ?? Empty());
    }

    private static Dictionary<string, decimal> Empty() => new(StringComparer.Ordinal);
}
