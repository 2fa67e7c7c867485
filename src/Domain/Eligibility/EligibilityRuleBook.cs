using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility.Provinces;
using ThiDua.Domain.Eligibility.Rules;
using ThiDua.Domain.People;

namespace ThiDua.Domain.Eligibility;

/// <summary>When a group of rules applies: which rules runs, award types, commendation types, provinces, rule sets.</summary>
/// <param name="AwardTypeCode">The award type, or null for every award type of the recipient kind.</param>
/// <param name="CommendationTypes">The commendation types, or null for all.</param>
/// <param name="Province">The province whose regulation the rules implement, or null for every province.</param>
/// <param name="RuleSets">The rule set codes, or null for every rule set.</param>
public sealed record RuleScope(string? AwardTypeCode, IReadOnlySet<CommendationType>? CommendationTypes = null, string? Province = null, IReadOnlySet<string>? RuleSets = null)
{
    /// <summary>Every commendation type but long service: the annual and one-off routes.</summary>
    public static readonly IReadOnlySet<CommendationType> NotLongService =
        Enum.GetValues<CommendationType>().Where(t => t != CommendationType.LongService).ToHashSet();

    public static readonly IReadOnlySet<CommendationType> MeritOnly = new HashSet<CommendationType> { CommendationType.Merit };

    public static readonly IReadOnlySet<CommendationType> LongServiceOnly = new HashSet<CommendationType> { CommendationType.LongService };

    /// <summary>Whether the scope covers an evaluation.</summary>
    public bool Covers(EligibilityEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return (AwardTypeCode is null || string.Equals(AwardTypeCode, evaluation.AwardTypeCode, StringComparison.Ordinal))
            && (CommendationTypes is null || CommendationTypes.Contains(evaluation.CommendationType))
            && (Province is null || (evaluation.Province is { } p && string.Equals(Text.Clean(p), Text.Clean(Province), StringComparison.OrdinalIgnoreCase)))
            && (RuleSets is null || RuleSets.Contains(evaluation.RuleSet.Code));
    }
}

/// <summary>The rules of one route (an award type's criteria), with the scope it covers.</summary>
public sealed record RuleRoute<TEvaluation>(RuleScope Scope, IReadOnlyList<IEligibilityRule<TEvaluation>> Rules)
    where TEvaluation : EligibilityEvaluation;

/// <summary>
/// The rules of one recipient kind, in the order outcomes are listed: the rules that apply to every award type (holds,
/// the same award again, registration, ...), then the rules of the routes covering the evaluation — or the fallback
/// when none does — then the closing rules (time worked).
/// </summary>
public sealed class RuleBook<TEvaluation>
    where TEvaluation : EligibilityEvaluation
{
    private readonly List<IEligibilityRule<TEvaluation>> _opening = [];
    private readonly List<RuleRoute<TEvaluation>> _routes = [];
    private readonly List<RuleRoute<TEvaluation>> _closing = [];
    private readonly List<IEligibilityRule<TEvaluation>> _fallback = [];

    /// <summary>Rules evaluated first for every award type (each decides with <see cref="IEligibilityRule{T}.AppliesTo"/> whether it has something to say).</summary>
    public RuleBook<TEvaluation> Opening(params IEligibilityRule<TEvaluation>[] rules)
    {
        _opening.AddRange(rules);
        return this;
    }

    /// <summary>The criteria of the award types and commendation types <paramref name="scope"/> covers.</summary>
    public RuleBook<TEvaluation> Route(RuleScope scope, params IEligibilityRule<TEvaluation>[] rules)
    {
        _routes.Add(new RuleRoute<TEvaluation>(scope, rules));
        return this;
    }

    /// <summary>Registers a province's routes (its regulation's rule objects), e.g. <see cref="HaNoi71.Register"/>.</summary>
    public RuleBook<TEvaluation> Provincial(Func<RuleBook<TEvaluation>, IEligibilityRule<TEvaluation>, RuleBook<TEvaluation>> register, IEligibilityRule<TEvaluation> appraisedByCouncil)
    {
        ArgumentNullException.ThrowIfNull(register);
        return register(this, appraisedByCouncil);
    }

    /// <summary>Rules evaluated when no route covers the evaluation.</summary>
    public RuleBook<TEvaluation> Fallback(params IEligibilityRule<TEvaluation>[] rules)
    {
        _fallback.AddRange(rules);
        return this;
    }

    /// <summary>Rules evaluated last, for the award types and commendation types <paramref name="scope"/> covers.</summary>
    public RuleBook<TEvaluation> Closing(RuleScope scope, params IEligibilityRule<TEvaluation>[] rules)
    {
        _closing.Add(new RuleRoute<TEvaluation>(scope, rules));
        return this;
    }

    /// <summary>Every rule object registered, for the catalogue's checks.</summary>
    public IEnumerable<IEligibilityRule<TEvaluation>> All =>
        _opening.Concat(_routes.SelectMany(r => r.Rules)).Concat(_fallback).Concat(_closing.SelectMany(r => r.Rules));

    /// <summary>The routes registered.</summary>
    public IReadOnlyList<RuleRoute<TEvaluation>> Routes => _routes;

    /// <summary>The rules that apply to the evaluation, in force on its date, in order.</summary>
    public IReadOnlyList<IEligibilityRule<TEvaluation>> RulesFor(TEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var routes = _routes.Where(r => r.Scope.Covers(evaluation)).SelectMany(r => r.Rules).ToList();
        return _opening
            .Concat(routes.Count > 0 ? routes : _fallback)
            .Concat(_closing.Where(r => r.Scope.Covers(evaluation)).SelectMany(r => r.Rules))
            .Where(r => InForce(r, evaluation.AsOf) && r.AppliesTo(evaluation))
            .ToList();
    }

    /// <summary>Evaluates the rules that apply.</summary>
    public IReadOnlyList<RuleOutcome> Evaluate(TEvaluation evaluation) => RulesFor(evaluation).Select(r => r.Evaluate(evaluation)).ToList();

    private static bool InForce(IEligibilityRule<TEvaluation> rule, DateOnly date) =>
        date >= rule.EffectiveFrom && (rule.EffectiveTo is null || date <= rule.EffectiveTo);
}

/// <summary>
/// The registered eligibility rules (ADR 0021): per recipient kind, the rules every award type runs, then per award type
/// and commendation type (and, for a province's own regulation, per province; for a rule set, per rule set) the rules of
/// its route. Adding a decree's or a province's rule is a registration of rule objects here, plus data (years, shares,
/// citations) in the rule set or the province's parameters; no switch is edited.
/// </summary>
public static class EligibilityRuleBook
{
    /// <summary>The one hold rule, also used alone at council review, vote and decision.</summary>
    public static readonly NoHoldRule Hold = NoHoldRule.Instance;

    private static readonly AppraisedByCouncilRule AppraisedByCouncil = new();

    /// <summary>The rules read for a person.</summary>
    public static RuleBook<PersonEvaluation> People { get; } = new RuleBook<PersonEvaluation>()
        .Opening(Hold, new NotAlreadyHeldRule(), new RegisteredForTitleRule(), new DeclaredBasisUnusedRule())
        .Route(
            new RuleScope(null, RuleScope.LongServiceOnly),
            new LongServiceCommendationFormRule(),
            new RetirementNotifiedRule(),
            new LeadershipHeldRule(),
            new NoDisciplineInLeadershipRule(),
            new LongServiceAppraisedByCouncilRule(),
            new PositionEquivalenceRule(),
            new LeadershipTimeRule())
        .Route(new RuleScope(AwardCatalogue.AdvancedWorker, RuleScope.NotLongService), new RatedAtLeastGoodRule(), new NoDisciplineInYearRule())
        .Route(
            new RuleScope(AwardCatalogue.GrassrootsEmulationFighter, RuleScope.NotLongService),
            new RatedAtLeastGoodRule(),
            new NoDisciplineInYearRule(),
            new ExcellentOrRecognisedWorkRule())
        .Route(
            new RuleScope(AwardCatalogue.ProvincialEmulationFighter, RuleScope.NotLongService),
            new ConsecutiveTitlesRule(
                "cstd_tinh.consecutive_cstdcs", AwardCatalogue.GrassrootsEmulationFighter, p => p.ProvincialFighterConsecutiveYears, p => p.ProvincialFighterBasis, LegalTexts.Law("Điều 22")),
            new InitiativeOfScopeRule("cstd_tinh.provincial_initiative", InitiativeScope.Province, LegalTexts.Law("Điều 22.2")))
        .Route(
            new RuleScope(AwardCatalogue.NationalEmulationFighter, RuleScope.NotLongService),
            new ConsecutiveTitlesRule(
                "cstd_toan_quoc.consecutive_cstd_tinh", AwardCatalogue.ProvincialEmulationFighter, p => p.NationalFighterConsecutiveYears, _ => LegalTexts.Law("Điều 21").ToString(), LegalTexts.Law("Điều 21")),
            new InitiativeOfScopeRule("cstd_toan_quoc.national_initiative", InitiativeScope.National, LegalTexts.Law("Điều 21.2")))
        .Route(new RuleScope(AwardCatalogue.ProvincialMeritIndividual, RuleScope.MeritOnly), new ProvincialMeritRouteRule())
        .Provincial(HaNoi71.Register, AppraisedByCouncil)
        .Fallback(AppraisedByCouncil)
        .Closing(new RuleScope(AwardCatalogue.AdvancedWorker, RuleScope.NotLongService), new TimeWorkedRule())
        .Closing(new RuleScope(AwardCatalogue.GrassrootsEmulationFighter, RuleScope.NotLongService), new TimeWorkedRule());

    /// <summary>The rules read for a unit.</summary>
    public static RuleBook<UnitEvaluation> Units { get; } = new RuleBook<UnitEvaluation>()
        .Opening(new UnitActiveRule(), new NotAlreadyHeldRule(), new RegisteredForTitleRule())
        .Route(new RuleScope(null, RuleScope.LongServiceOnly), new LongServiceIsForIndividualsRule())
        .Route(
            new RuleScope(AwardCatalogue.AdvancedCollective, RuleScope.NotLongService),
            new UnitRatingRule("ttldtt.rating_good", PerformanceRating.Good, null, LegalTexts.Law("Điều 28")),
            new MemberShareRule("ttldtt.advanced_worker_share", p => p.AdvancedCollectiveShare(), LegalTexts.Law("Điều 28")),
            new NoMemberDisciplinedAtWarningRule("ttldtt.no_member_warning", null, LegalTexts.Law("Điều 28")))
        .Route(
            new RuleScope(AwardCatalogue.ExcellentCollective, RuleScope.NotLongService),
            new UnitRatingRule("ttldxs.rating_excellent", PerformanceRating.Excellent, p => p.ExcellentCollectiveBasis, LegalTexts.Law("Điều 27")),
            new AllMembersCompleteRule(),
            new MemberShareRule("ttldxs.advanced_worker_share", p => p.ExcellentCollectiveShare(), LegalTexts.Law("Điều 27")),
            new OneGrassrootsFighterRule(),
            new NoMemberDisciplinedAtWarningRule("ttldxs.no_member_warning", p => p.ExcellentCollectiveBasis, LegalTexts.Law("Điều 27")))
        .Route(new RuleScope(AwardCatalogue.ProvincialFlag, RuleScope.MeritOnly), new ClusterLeaderRule())
        .Route(new RuleScope(AwardCatalogue.ProvincialMeritCollective, RuleScope.MeritOnly), new CollectiveMeritRouteRule())
        .Fallback(AppraisedByCouncil);
}
