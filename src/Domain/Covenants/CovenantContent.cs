namespace ThiDua.Domain.Covenants;

/// <summary>A numbered content of the covenant (nội dung thi đua), e.g. the 10 contents of Cụm thi đua số I in 2023.</summary>
public sealed record CovenantContent(int Number, string Title)
{
    public const int TitleMaxLength = 1000;
}

/// <summary>
/// A scoring criterion (tiêu chí) under a content: its maximum points (thang điểm), an optional weight, and whether it is
/// a gate that must be passed (e.g. "no serious violation"). No law fixes the scale: everything is configured per covenant.
/// </summary>
public sealed record CovenantCriterion(string Code, int ContentNumber, string Description, decimal MaxPoints, decimal? Weight, bool IsGate)
{
    public const int CodeMaxLength = 20;
    public const int DescriptionMaxLength = 2000;
}

/// <summary>A bonus (điểm thưởng) or penalty (điểm trừ) rule with the most points it can add or remove.</summary>
public sealed record CovenantAdjustmentRule(string Code, string Description, decimal Cap)
{
    public const int CodeMaxLength = 20;
    public const int DescriptionMaxLength = 1000;
}

/// <summary>The content of a covenant as drafted: what members sign, the programme's phases included.</summary>
public sealed record CovenantTerms(
    string Title,
    decimal ScaleMax,
    DateOnly SigningDeadline,
    IReadOnlyList<CovenantContent> Contents,
    IReadOnlyList<CovenantCriterion> Criteria,
    IReadOnlyList<CovenantAdjustmentRule> BonusRules,
    IReadOnlyList<CovenantAdjustmentRule> PenaltyRules,
    IReadOnlyList<TieBreaker>? TieBreakers = null,
    IReadOnlyList<CovenantPhase>? Phases = null)
{
    public const int TitleMaxLength = 300;

    /// <summary>Default tie-breakers: fewer penalty points, then the higher share of women among staff.</summary>
    public static readonly IReadOnlyList<TieBreaker> DefaultTieBreakers = [TieBreaker.FewerPenaltyPoints, TieBreaker.HigherWomenShare];

    public IReadOnlyList<TieBreaker> EffectiveTieBreakers => TieBreakers ?? DefaultTieBreakers;

    /// <summary>The programme's phases (đợt) in order; none for covenants stored before phases existed.</summary>
    public IReadOnlyList<CovenantPhase> EffectivePhases => Phases ?? [];
}

/// <summary>How units with equal totals are ordered, in the covenant's configured order.</summary>
public enum TieBreaker
{
    /// <summary>Fewer penalty points first.</summary>
    FewerPenaltyPoints = 1,

    /// <summary>
    /// Higher share of women among staff first, where the units declared their staff (a unit that declared comes before
    /// one that did not): when several candidates qualify equally, prefer a woman or a collective with more women
    /// (Decree 152/2025/NĐ-CP Art. 4.6).
    /// </summary>
    HigherWomenShare = 2,
}
