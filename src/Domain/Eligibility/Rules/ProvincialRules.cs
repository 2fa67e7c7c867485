using ThiDua.Domain.People;

namespace ThiDua.Domain.Eligibility.Rules;

/// <summary>
/// The award is conferred once on a person (e.g. Hà Nội's Công dân Thủ đô ưu tú, QĐ 71/2025/QĐ-UBND): an unrevoked award
/// of the same type in any year bars another. A reusable rule object: a province's module gives it its code and citation.
/// </summary>
public sealed class OncePerPersonRule(string code, LegalReference legalBasis, DateOnly effectiveFrom, DateOnly? effectiveTo = null)
    : EligibilityRule<PersonEvaluation>(code, legalBasis, effectiveFrom, effectiveTo)
{
    public override RuleOutcome Evaluate(PersonEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var held = evaluation.Awards.Where(a => a.AwardTypeCode == evaluation.AwardTypeCode && !a.IsRevoked).OrderBy(a => a.Year).ToList();
        var name = evaluation.AwardType?.Name ?? evaluation.AwardTypeCode;
        return Outcome(
            held.Count == 0,
            held.Count == 0
                ? $"Has never been awarded {name}; it is conferred once on a person."
                : $"Already awarded {name} in {string.Join(", ", held.Select(a => a.Year))}; it is conferred once on a person.",
            held.Select(Evidence.Award));
    }
}

/// <summary>
/// No discipline at <paramref name="minimum"/> or above from the first day of the year of achievement to the evaluation
/// date (e.g. Hà Nội's Công dân Thủ đô ưu tú: not for a person disciplined at reprimand or above). A reusable rule object:
/// a province's module gives it its code, threshold and citation.
/// </summary>
public sealed class NoDisciplineAtOrAboveRule(string code, DisciplineKind minimum, LegalReference legalBasis, DateOnly effectiveFrom, DateOnly? effectiveTo = null)
    : EligibilityRule<PersonEvaluation>(code, legalBasis, effectiveFrom, effectiveTo)
{
    public override RuleOutcome Evaluate(PersonEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var from = EligibilityYears.Span(evaluation.Year).First;
        var found = DisciplineHistory.AtOrAboveBetween(evaluation.Facts.Disciplines, minimum, from, evaluation.AsOf);
        var level = minimum.ToString().ToLowerInvariant();
        return Outcome(
            found.Count == 0,
            found.Count == 0
                ? $"No discipline at {level} or above from {from:yyyy-MM-dd} to {evaluation.AsOf:yyyy-MM-dd}."
                : $"Disciplined at {level} or above between {from:yyyy-MM-dd} and {evaluation.AsOf:yyyy-MM-dd}: {string.Join(", ", found.Select(d => $"{d.Kind.ToString().ToLowerInvariant()} {Periods.Format(d.From, d.To)} ({d.LegalBasis.Number})"))}.",
            found.Select(Evidence.Discipline));
    }
}
