using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Domain.Eligibility.Rules;

/// <summary>A legal text and the article a rule implements: "Luật 06/2022/QH15" + "Điều 24".</summary>
/// <param name="Document">The document (law, decree, circular, provincial decision), by number.</param>
/// <param name="Article">The article, clause or point, with any note on its verification; null for the document as a whole.</param>
public sealed record LegalReference(string Document, string? Article)
{
    public override string ToString() => Article is null ? Document : $"{Document}, {Article}";
}

/// <summary>
/// One eligibility rule as an object (ADR 0021): its code (the catalogue <see cref="EligibilityRules"/> gives its kind),
/// the legal text it implements, the dates it is in force, and <see cref="Evaluate"/>, which reads the facts and returns
/// an outcome with its reasons and the evidence relied on. Rules are registered per award type and rule set in
/// <see cref="EligibilityRuleBook"/>; none is chosen by a switch.
/// </summary>
/// <typeparam name="TEvaluation">What the rule reads: a person's or a unit's evaluation, or either.</typeparam>
public interface IEligibilityRule<in TEvaluation>
    where TEvaluation : EligibilityEvaluation
{
    /// <summary>The outcome code, e.g. <c>ldtt.rating_good</c>: stable, part of the API.</summary>
    string Code { get; }

    /// <summary>The national text of the rule; an outcome may cite a province's regulation instead where its parameters apply.</summary>
    LegalReference LegalBasis { get; }

    /// <summary>First day the rule applies (compared with the evaluation date, which also picks the rule set).</summary>
    DateOnly EffectiveFrom { get; }

    /// <summary>Last day the rule applies, or null while in force.</summary>
    DateOnly? EffectiveTo { get; }

    /// <summary>Whether the rule has something to decide for these facts (e.g. a declared basis, a leadership period); true by default.</summary>
    bool AppliesTo(TEvaluation evaluation);

    /// <summary>Reads the facts and returns the outcome: passed or not, the facts as a sentence, the legal basis, the evidence.</summary>
    RuleOutcome Evaluate(TEvaluation evaluation);
}

/// <summary>Base of the rule objects: code, legal basis and dates, with helpers to build outcomes.</summary>
public abstract class EligibilityRule<TEvaluation> : IEligibilityRule<TEvaluation>
    where TEvaluation : EligibilityEvaluation
{
    /// <summary>The date Law 06/2022/QH15 came into force: the start of every national rule of this system.</summary>
    public static readonly DateOnly Law22InForce = new(2024, 1, 1);

    protected EligibilityRule(string code, LegalReference legalBasis, DateOnly? effectiveFrom = null, DateOnly? effectiveTo = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(legalBasis);
        Code = code;
        LegalBasis = legalBasis;
        EffectiveFrom = effectiveFrom ?? Law22InForce;
        EffectiveTo = effectiveTo;
    }

    public string Code { get; }

    public LegalReference LegalBasis { get; }

    public DateOnly EffectiveFrom { get; }

    public DateOnly? EffectiveTo { get; }

    public bool IsInForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    public virtual bool AppliesTo(TEvaluation evaluation) => true;

    public abstract RuleOutcome Evaluate(TEvaluation evaluation);

    /// <summary>An outcome of this rule citing <paramref name="basis"/> (default: the rule's own legal basis).</summary>
    protected RuleOutcome Outcome(bool passed, string facts, IEnumerable<EvidenceItem>? evidence, string? basis = null, IReadOnlyList<Guid>? initiatives = null) =>
        new(Code, passed, facts, basis ?? LegalBasis.ToString(), initiatives) { Evidence = evidence?.ToList() ?? [] };
}

/// <summary>
/// What a rule reads: the award type and commendation type asked for, the year of achievement, the rule set in force
/// (with the province's parameters applied) and the evaluation date, and the titles approved registrations name (R12).
/// </summary>
public abstract class EligibilityEvaluation
{
    protected EligibilityEvaluation(string awardTypeCode, CommendationType type, int year, RuleSet ruleSet, DateOnly asOf, IReadOnlyCollection<string>? registeredTitles)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        AwardTypeCode = awardTypeCode;
        CommendationType = type;
        Year = year;
        RuleSet = ruleSet;
        AsOf = asOf;
        RegisteredTitles = registeredTitles;
        AwardType = ruleSet.FindAwardType(awardTypeCode);
    }

    public string AwardTypeCode { get; }

    /// <summary>The national award type or the province's own, or null for a code neither knows.</summary>
    public AwardType? AwardType { get; }

    public CommendationType CommendationType { get; }

    /// <summary>The year of achievement.</summary>
    public int Year { get; }

    public RuleSet RuleSet { get; }

    /// <summary>The thresholds, years and citations in force (the province's where it sets them).</summary>
    public EligibilityParameters Parameters => RuleSet.Eligibility;

    /// <summary>The evaluation date: holds in force, the rule set and the rules in force.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The titles the recipient's approved registrations of the year name (R12); null when none were read.</summary>
    public IReadOnlyCollection<string>? RegisteredTitles { get; }

    /// <summary>
    /// The province whose regulation is recorded for the recipient: the one whose parameters the rule set carries, or the
    /// province of the award type asked for when it is a province's own; null when neither (national rules only).
    /// </summary>
    public string? Province => RuleSet.Province ?? AwardType?.Province;

    /// <summary>The recipient's name.</summary>
    public abstract string RecipientName { get; }

    /// <summary>The recipient's award history.</summary>
    public abstract IReadOnlyList<AwardFact> Awards { get; }
}

/// <summary>A person's evaluation for an individual award type.</summary>
public sealed class PersonEvaluation : EligibilityEvaluation
{
    /// <param name="awardTypeCode">The award type (individual).</param>
    /// <param name="type">The commendation type.</param>
    /// <param name="year">The year of achievement.</param>
    /// <param name="facts">The person's facts as recorded.</param>
    /// <param name="ruleSet">The rule set in force, with the province's parameters applied.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="declaredBasis">
    /// The initiatives the proposal declares as its basis; when any are declared, only they may satisfy an initiative
    /// criterion (<see cref="Facts"/> keeps only them), and each must not have supported another award (R9).
    /// </param>
    /// <param name="registeredTitles">The titles approved registrations of the year name (R12).</param>
    public PersonEvaluation(
        string awardTypeCode, CommendationType type, int year, PersonFacts facts, RuleSet ruleSet, DateOnly asOf,
        IReadOnlyCollection<Guid>? declaredBasis = null, IReadOnlyCollection<string>? registeredTitles = null)
        : base(awardTypeCode, type, year, ruleSet, asOf, registeredTitles)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Recorded = facts;
        DeclaredBasis = declaredBasis is { Count: > 0 } ? declaredBasis : null;
        Facts = DeclaredBasis is null ? facts : facts with { Initiatives = facts.Initiatives.Where(i => DeclaredBasis.Contains(i.Id)).ToList() };
    }

    /// <summary>The person's facts, initiatives narrowed to the declared basis when one is declared.</summary>
    public PersonFacts Facts { get; }

    /// <summary>The person's facts as recorded (all initiatives).</summary>
    public PersonFacts Recorded { get; }

    /// <summary>The declared basis initiatives, or null when none is declared.</summary>
    public IReadOnlyCollection<Guid>? DeclaredBasis { get; }

    /// <summary>The leadership periods the long-service rules count on the evaluation date, read once for all of them.</summary>
    public LeadershipRecord Leadership => _leadership ??= LeadershipRecord.Of(Facts, AsOf);

    private LeadershipRecord? _leadership;

    public override string RecipientName => Facts.FullName;

    public override IReadOnlyList<AwardFact> Awards => Facts.Awards;
}

/// <summary>A unit's evaluation for a collective award type.</summary>
public sealed class UnitEvaluation(string awardTypeCode, CommendationType type, int year, UnitFacts facts, RuleSet ruleSet, DateOnly asOf, IReadOnlyCollection<string>? registeredTitles = null)
    : EligibilityEvaluation(awardTypeCode, type, year, ruleSet, asOf, registeredTitles)
{
    public UnitFacts Facts { get; } = facts ?? throw new ArgumentNullException(nameof(facts));

    public override string RecipientName => Facts.Name;

    public override IReadOnlyList<AwardFact> Awards => Facts.Awards;
}
