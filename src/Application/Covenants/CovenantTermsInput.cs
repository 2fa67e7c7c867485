using ThiDua.Domain.Covenants;

namespace ThiDua.Application.Covenants;

/// <summary>A covenant's content as clients send it.</summary>
public sealed record CovenantTermsInput(
    string Title,
    decimal ScaleMax,
    DateOnly SigningDeadline,
    IReadOnlyList<CovenantContentInput>? Contents,
    IReadOnlyList<CovenantCriterionInput>? Criteria,
    IReadOnlyList<CovenantRuleInput>? BonusRules,
    IReadOnlyList<CovenantRuleInput>? PenaltyRules,
    IReadOnlyList<TieBreaker>? TieBreakers = null)
{
    public CovenantTerms ToTerms() => new(
        Title,
        ScaleMax,
        SigningDeadline,
        (Contents ?? []).Select(c => new CovenantContent(c.Number, c.Title.Trim())).ToList(),
        (Criteria ?? []).Select(c => new CovenantCriterion(c.Code.Trim().ToUpperInvariant(), c.ContentNumber, c.Description.Trim(), c.MaxPoints, c.Weight, c.IsGate)).ToList(),
        (BonusRules ?? []).Select(r => new CovenantAdjustmentRule(r.Code.Trim().ToUpperInvariant(), r.Description.Trim(), r.Cap)).ToList(),
        (PenaltyRules ?? []).Select(r => new CovenantAdjustmentRule(r.Code.Trim().ToUpperInvariant(), r.Description.Trim(), r.Cap)).ToList(),
        TieBreakers?.ToList());
}

public sealed record CovenantContentInput(int Number, string Title);

public sealed record CovenantCriterionInput(string Code, int ContentNumber, string Description, decimal MaxPoints, decimal? Weight, bool IsGate);

public sealed record CovenantRuleInput(string Code, string Description, decimal Cap);
