namespace ThiDua.Domain.Eligibility;

/// <summary>
/// One rule's outcome: its code, pass or fail, the facts it used (as a sentence), its legal basis, the initiatives or
/// scientific works it relied on (which the award then uses up, rule R9), and the recorded facts it relied on as
/// <see cref="Evidence"/> items (ratings of the years read, decision numbers of the awards read, ...).
/// </summary>
public sealed record RuleOutcome(string Rule, bool Passed, string Facts, string LegalBasis, IReadOnlyList<Guid>? Basis = null)
{
    /// <summary>
    /// The recorded facts the outcome relied on (ADR 0021). Empty on outcomes stored before evidence was recorded, and
    /// where the facts are withheld.
    /// </summary>
    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];

    /// <summary>Whether failing the rule bars the nominee, fails a legal precondition, or is left to the council's judgement.</summary>
    public RuleKind Kind => EligibilityRules.KindOf(Rule);
}

/// <summary>The eligibility of a recipient for an award type and year under a rule set.</summary>
public sealed record EligibilityResult(string AwardTypeCode, int Year, string RuleSet, IReadOnlyList<RuleOutcome> Rules)
{
    public bool IsEligible => Rules.All(r => r.Passed);

    public IEnumerable<RuleOutcome> Failures => Rules.Where(r => !r.Passed);

    /// <summary>The failed legal prohibitions (<see cref="RuleKind.Bar"/>): the nominee may not be proposed.</summary>
    public IReadOnlyList<RuleOutcome> BarringFailures() => Failures.Where(r => r.Kind == RuleKind.Bar).ToList();

    /// <summary>The failed legal preconditions (<see cref="RuleKind.Precondition"/>): no justification lifts them (R2).</summary>
    public IReadOnlyList<RuleOutcome> PreconditionFailures() => Failures.Where(r => r.Kind == RuleKind.Precondition).ToList();

    /// <summary>Whether every failure is one the council may weigh against a justification.</summary>
    public bool FailsOnlyJudgements => Failures.All(r => r.Kind == RuleKind.Judgement);

    /// <summary>The initiatives the passing rules relied on: an award conferred on this result uses them up (rule R9).</summary>
    public IReadOnlyList<Guid> BasisInitiativeIds => Rules.Where(r => r.Passed).SelectMany(r => r.Basis ?? []).Distinct().ToList();
}
