using ThiDua.Domain.Covenants;

namespace ThiDua.Infrastructure.Persistence.StoredShapes.Covenants;

/// <summary>
/// The stored shape of a covenant's content (<c>covenants.terms</c>), as written since covenants existed (ADR 0024).
/// <c>effectivePhases</c> and <c>effectiveTieBreakers</c> are derived (the phases, or none; the tie-breakers, or the
/// defaults): version 1 has always written them, so they are still written, and they are never read. Tie-breakers are
/// stored as their numbers (1 fewer penalty points, 2 higher women share).
/// </summary>
internal sealed record CovenantTermsV1(
    string Title,
    decimal ScaleMax,
    DateOnly SigningDeadline,
    IReadOnlyList<CovenantContentV1> Contents,
    IReadOnlyList<CovenantCriterionV1> Criteria,
    IReadOnlyList<CovenantAdjustmentRuleV1> BonusRules,
    IReadOnlyList<CovenantAdjustmentRuleV1> PenaltyRules,
    IReadOnlyList<int>? TieBreakers,
    IReadOnlyList<CovenantPhaseV1>? Phases,
    IReadOnlyList<int>? EffectiveTieBreakers,
    IReadOnlyList<CovenantPhaseV1>? EffectivePhases) : StoredShape
{
    public static CovenantTermsV1 From(CovenantTerms terms) => new(
        terms.Title,
        terms.ScaleMax,
        terms.SigningDeadline,
        terms.Contents.Select(CovenantContentV1.From).ToList(),
        terms.Criteria.Select(CovenantCriterionV1.From).ToList(),
        terms.BonusRules.Select(CovenantAdjustmentRuleV1.From).ToList(),
        terms.PenaltyRules.Select(CovenantAdjustmentRuleV1.From).ToList(),
        terms.TieBreakers?.Select(t => (int)t).ToList(),
        terms.Phases?.Select(CovenantPhaseV1.From).ToList(),
        terms.EffectiveTieBreakers.Select(t => (int)t).ToList(),
        terms.EffectivePhases.Select(CovenantPhaseV1.From).ToList());

    public CovenantTerms ToDomain()
    {
        EnsureVersion(1);
        return new(
            Title,
            ScaleMax,
            SigningDeadline,
            (Contents ?? []).Select(c => c.ToDomain()).ToList(),
            (Criteria ?? []).Select(c => c.ToDomain()).ToList(),
            (BonusRules ?? []).Select(r => r.ToDomain()).ToList(),
            (PenaltyRules ?? []).Select(r => r.ToDomain()).ToList(),
            TieBreakers?.Select(ToTieBreaker).ToList(),
            Phases?.Select(p => p.ToDomain()).ToList());
    }

    private static TieBreaker ToTieBreaker(int stored) =>
        Enum.IsDefined((TieBreaker)stored)
            ? (TieBreaker)stored
            : throw new InvalidOperationException($"A stored covenant names tie-breaker {stored}, which this build does not know.");
}

/// <summary>A numbered content (nội dung thi đua) as stored in <see cref="CovenantTermsV1"/>.</summary>
internal sealed record CovenantContentV1(int Number, string Title)
{
    public static CovenantContentV1 From(CovenantContent content) => new(content.Number, content.Title);

    public CovenantContent ToDomain() => new(Number, Title);
}

/// <summary>A scoring criterion (tiêu chí) as stored in <see cref="CovenantTermsV1"/>.</summary>
internal sealed record CovenantCriterionV1(string Code, int ContentNumber, string Description, decimal MaxPoints, decimal? Weight, bool IsGate)
{
    public static CovenantCriterionV1 From(CovenantCriterion criterion) =>
        new(criterion.Code, criterion.ContentNumber, criterion.Description, criterion.MaxPoints, criterion.Weight, criterion.IsGate);

    public CovenantCriterion ToDomain() => new(Code, ContentNumber, Description, MaxPoints, Weight, IsGate);
}

/// <summary>A bonus or penalty rule as stored in <see cref="CovenantTermsV1"/>.</summary>
internal sealed record CovenantAdjustmentRuleV1(string Code, string Description, decimal Cap)
{
    public static CovenantAdjustmentRuleV1 From(CovenantAdjustmentRule rule) => new(rule.Code, rule.Description, rule.Cap);

    public CovenantAdjustmentRule ToDomain() => new(Code, Description, Cap);
}

/// <summary>A phase (đợt thi đua) as stored in <see cref="CovenantTermsV1"/>.</summary>
internal sealed record CovenantPhaseV1(int Number, string Name, DateOnly Start, DateOnly End, string? Theme, string? Focus, IReadOnlyList<string>? Commemorations)
{
    public static CovenantPhaseV1 From(CovenantPhase phase) =>
        new(phase.Number, phase.Name, phase.Start, phase.End, phase.Theme, phase.Focus, phase.Commemorations);

    public CovenantPhase ToDomain() => new(Number, Name, Start, End, Theme, Focus, Commemorations ?? []);
}
