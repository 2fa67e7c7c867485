namespace ThiDua.Domain.CovenantAssessments;

/// <summary>
/// Scores of one assessment: points per criterion code, bonus points per bonus-rule code, penalty points per penalty-rule
/// code. A criterion left out is not scored by this assessor.
/// </summary>
public sealed record AssessmentScores(
    IReadOnlyDictionary<string, decimal> Criteria,
    IReadOnlyDictionary<string, decimal> Bonuses,
    IReadOnlyDictionary<string, decimal> Penalties)
{
    public static readonly AssessmentScores Empty = new(
        new Dictionary<string, decimal>(), new Dictionary<string, decimal>(), new Dictionary<string, decimal>());

    /// <summary>Every scored item as <c>criterion:CODE</c>, <c>bonus:CODE</c>, <c>penalty:CODE</c>.</summary>
    public IReadOnlyDictionary<string, decimal> Items() =>
        Criteria.Select(c => ("criterion:" + c.Key, c.Value))
            .Concat(Bonuses.Select(b => ("bonus:" + b.Key, b.Value)))
            .Concat(Penalties.Select(p => ("penalty:" + p.Key, p.Value)))
            .ToDictionary(x => x.Item1, x => x.Value, StringComparer.Ordinal);
}

/// <summary>A unit's staff as it declares them in its self-assessment (for the women-share tie-breaker).</summary>
public sealed record StaffComposition(int Total, int Women)
{
    public decimal WomenShare => Total == 0 ? 0 : (decimal)Women / Total;
}
