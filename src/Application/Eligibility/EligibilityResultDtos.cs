using ThiDua.Domain.Eligibility;
using Source = ThiDua.Domain.Eligibility;

namespace ThiDua.Application.Eligibility.Results;

/// <summary>
/// One rule's outcome: its code, pass or fail, the facts it used (as a sentence), its legal basis, the initiatives or
/// scientific works it relied on (which the award then uses up, rule R9), and the recorded facts it relied on as
/// <see cref="Source.RuleOutcome.Evidence"/> items (ratings of the years read, decision numbers of the awards read, ...).
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

    public static RuleOutcome From(Source.RuleOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new(outcome.Rule, outcome.Passed, outcome.Facts, outcome.LegalBasis, outcome.Basis) { Evidence = outcome.Evidence.Select(EvidenceItem.Of).ToList() };
    }
}

/// <summary>
/// The eligibility of a recipient for an award type and year under a rule set. For a reader who may not see the
/// recipient's personal data, the outcomes of the rules that read it are left out of <c>rules</c> and named in
/// <c>withheld</c>; <c>isEligible</c> and <c>failsOnlyJudgements</c> are then null, since they would tell those outcomes.
/// </summary>
public sealed record EligibilityResult(string AwardTypeCode, int Year, string RuleSet, IReadOnlyList<RuleOutcome> Rules)
{
    /// <summary>The codes of the rules whose outcome is withheld from this reader (they read personal data, <see cref="RuleDisclosure"/>).</summary>
    public IReadOnlyList<string> Withheld { get; init; } = [];

    /// <summary>Whether every rule passed; null when an outcome is withheld.</summary>
    public bool? IsEligible => Withheld.Count > 0 ? null : Rules.All(r => r.Passed);

    public IEnumerable<RuleOutcome> Failures => Rules.Where(r => !r.Passed);

    /// <summary>Whether every failure is one the council may weigh against a justification; null when an outcome is withheld.</summary>
    public bool? FailsOnlyJudgements => Withheld.Count > 0 ? null : Failures.All(r => r.Kind == RuleKind.Judgement);

    /// <summary>The initiatives the passing rules relied on: an award conferred on this result uses them up (rule R9).</summary>
    public IReadOnlyList<Guid> BasisInitiativeIds => Rules.Where(r => r.Passed).SelectMany(r => r.Basis ?? []).Distinct().ToList();

    /// <summary>
    /// The result as a reader who may not see the recipient's personal data gets it: the rules that read personal data
    /// are left out and named in <see cref="Withheld"/>; the others keep their outcome and legal basis, their facts
    /// replaced by <paramref name="withheldFacts"/> and their evidence left out.
    /// </summary>
    public EligibilityResult WithoutPersonalData(string withheldFacts) => this with
    {
        Rules = Rules.Where(r => !RuleDisclosure.RevealsPersonalData(r.Rule)).Select(r => r with { Facts = withheldFacts, Evidence = [] }).ToList(),
        Withheld = [.. Withheld, .. Rules.Where(r => RuleDisclosure.RevealsPersonalData(r.Rule)).Select(r => r.Rule)],
    };

    public static EligibilityResult From(Source.EligibilityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.AwardTypeCode, result.Year, result.RuleSet, result.Rules.Select(RuleOutcome.From).ToList());
    }
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
    string? Document = null)
{
    public static EvidenceItem Of(Source.EvidenceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Kind, item.Subject, item.Value, item.Year, item.From, item.To, item.Document);
    }
}
