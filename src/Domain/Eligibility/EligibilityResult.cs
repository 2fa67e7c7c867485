namespace ThiDua.Domain.Eligibility;

/// <summary>
/// One rule's outcome: its code, pass or fail, the facts it used, its legal basis, and the initiatives or scientific
/// works it relied on (which the award then uses up, rule R9).
/// </summary>
public sealed record RuleOutcome(string Rule, bool Passed, string Facts, string LegalBasis, IReadOnlyList<Guid>? Basis = null);

/// <summary>The eligibility of a recipient for an award type and year under a rule set.</summary>
public sealed record EligibilityResult(string AwardTypeCode, int Year, string RuleSet, IReadOnlyList<RuleOutcome> Rules)
{
    public bool IsEligible => Rules.All(r => r.Passed);

    public IEnumerable<RuleOutcome> Failures => Rules.Where(r => !r.Passed);

    /// <summary>The failures no justification can lift (see <see cref="EligibilityEngine.IsBar"/>).</summary>
    public IReadOnlyList<RuleOutcome> BarringFailures() => Failures.Where(r => EligibilityEngine.IsBar(r.Rule)).ToList();

    /// <summary>The initiatives the passing rules relied on: an award conferred on this result uses them up (rule R9).</summary>
    public IReadOnlyList<Guid> BasisInitiativeIds => Rules.Where(r => r.Passed).SelectMany(r => r.Basis ?? []).Distinct().ToList();
}
