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
    IReadOnlyList<TieBreaker>? TieBreakers = null,
    IReadOnlyList<CovenantPhaseInput>? Phases = null)
{
    public CovenantTerms ToTerms() => new(
        Title,
        ScaleMax,
        SigningDeadline,
        (Contents ?? []).Select(c => new Domain.Covenants.CovenantContent(c.Number, c.Title.Trim())).ToList(),
        (Criteria ?? []).Select(c => new Domain.Covenants.CovenantCriterion(c.Code.Trim().ToUpperInvariant(), c.ContentNumber, c.Description.Trim(), c.MaxPoints, c.Weight, c.IsGate)).ToList(),
        (BonusRules ?? []).Select(r => new Domain.Covenants.CovenantAdjustmentRule(r.Code.Trim().ToUpperInvariant(), r.Description.Trim(), r.Cap)).ToList(),
        (PenaltyRules ?? []).Select(r => new Domain.Covenants.CovenantAdjustmentRule(r.Code.Trim().ToUpperInvariant(), r.Description.Trim(), r.Cap)).ToList(),
        TieBreakers?.ToList(),
        (Phases ?? []).Select((p, i) => new Domain.Covenants.CovenantPhase(i + 1, p.Name, p.Start, p.End, p.Theme, p.Focus, p.Commemorations ?? [])).ToList());
}

public sealed record CovenantContentInput(int Number, string Title);

public sealed record CovenantCriterionInput(string Code, int ContentNumber, string Description, decimal MaxPoints, decimal? Weight, bool IsGate);

public sealed record CovenantRuleInput(string Code, string Description, decimal Cap);

/// <summary>A phase (đợt) of the covenant's programme, numbered in the order given.</summary>
public sealed record CovenantPhaseInput(string Name, DateOnly Start, DateOnly End, string? Theme, string? Focus, IReadOnlyList<string>? Commemorations);
