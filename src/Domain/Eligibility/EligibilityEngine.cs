using ThiDua.Domain.Awards;
using ThiDua.Domain.Eligibility.Rules;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Domain.Eligibility;

/// <summary>
/// Decides from recorded facts whether a person or a unit meets the criteria of an award type for a year, rule by rule,
/// each outcome naming its reasons, its legal basis and the evidence relied on (domain.md §2). Pure: the caller gathers
/// the facts. The rules are objects registered per award type and rule set in <see cref="EligibilityRuleBook"/> (ADR 0021).
/// </summary>
public static class EligibilityEngine
{
    /// <summary>Evaluates a person for an individual award type.</summary>
    /// <param name="awardTypeCode">The award type (individual).</param>
    /// <param name="type">Merit, thematic, sudden, ... — thematic and sudden routes have no prerequisite.</param>
    /// <param name="year">The year of achievement.</param>
    /// <param name="facts">The person's records.</param>
    /// <param name="ruleSet">The rule set in force.</param>
    /// <param name="asOf">The evaluation date, for holds in force and the rules in force.</param>
    /// <param name="declaredBasis">
    /// The initiatives the proposal declares as its basis; when any are declared, only they may satisfy an initiative
    /// criterion, and each must not have supported another award (R9). When none are declared, the engine uses unused ones.
    /// </param>
    /// <param name="registeredTitles">The titles approved registrations of the year name for the person (R12); none when null.</param>
    public static EligibilityResult EvaluatePerson(
        string awardTypeCode,
        CommendationType type,
        int year,
        PersonFacts facts,
        RuleSet ruleSet,
        DateOnly asOf,
        IReadOnlyCollection<Guid>? declaredBasis = null,
        IReadOnlyCollection<string>? registeredTitles = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var evaluation = new PersonEvaluation(awardTypeCode, type, year, facts, ruleSet, asOf, declaredBasis, registeredTitles);
        return new EligibilityResult(awardTypeCode, year, ruleSet.Code, EligibilityRuleBook.People.Evaluate(evaluation));
    }

    /// <summary>Evaluates a unit for a collective award type.</summary>
    /// <param name="awardTypeCode">The award type (collective).</param>
    /// <param name="type">Merit, thematic, sudden, ...</param>
    /// <param name="year">The year of achievement.</param>
    /// <param name="facts">The unit's records.</param>
    /// <param name="ruleSet">The rule set in force, with the unit's province's parameters applied.</param>
    /// <param name="registeredTitles">The titles the unit's approved registrations of the year name (R12); none when null.</param>
    /// <param name="asOf">The evaluation date, for the rules in force; the rule set's first day when not given.</param>
    public static EligibilityResult EvaluateUnit(
        string awardTypeCode, CommendationType type, int year, UnitFacts facts, RuleSet ruleSet, IReadOnlyCollection<string>? registeredTitles = null, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var evaluation = new UnitEvaluation(awardTypeCode, type, year, facts, ruleSet, asOf ?? ruleSet.EffectiveFrom, registeredTitles);
        return new EligibilityResult(awardTypeCode, year, ruleSet.Code, EligibilityRuleBook.Units.Evaluate(evaluation));
    }

    /// <summary>The hold rule (R4) on <paramref name="asOf"/>: checked at submission, again at council review, vote and decision.</summary>
    public static RuleOutcome Hold(IEnumerable<Discipline> disciplines, DateOnly asOf) => EligibilityRuleBook.Hold.On(disciplines, asOf);
}
