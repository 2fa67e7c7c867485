namespace ThiDua.Domain.Eligibility;

/// <summary>One rule's outcome: its code, pass or fail, the facts it used, and its legal basis.</summary>
public sealed record RuleOutcome(string Rule, bool Passed, string Facts, string LegalBasis);

/// <summary>The eligibility of a recipient for an award type and year under a rule set.</summary>
public sealed record EligibilityResult(string AwardTypeCode, int Year, string RuleSet, IReadOnlyList<RuleOutcome> Rules)
{
    public bool IsEligible => Rules.All(r => r.Passed);

    public IEnumerable<RuleOutcome> Failures => Rules.Where(r => !r.Passed);
}
