namespace ThiDua.Domain.AwardTypes;

/// <summary>Who an award is conferred on: a person (cá nhân) or a collective (tập thể).</summary>
public enum RecipientKind
{
    Individual = 1,
    Collective = 2,
}

/// <summary>An emulation title (danh hiệu thi đua) or a commendation form (hình thức khen thưởng) — Law 06/2022/QH15 Art. 3.</summary>
public enum AwardCategory
{
    EmulationTitle = 1,
    CommendationForm = 2,
}

/// <summary>The level an award belongs to: the unit (cơ sở), the province or ministry (cấp tỉnh), or the State (toàn quốc).</summary>
public enum AwardLevel
{
    Grassroots = 1,
    Provincial = 2,
    National = 3,
}

/// <summary>
/// An emulation title or commendation form by its stable code, with who confers it and the article of
/// Law 06/2022/QH15 (Luật Thi đua, khen thưởng) that defines it. Bonus coefficients and council vote thresholds change
/// with the decree in force, so they live in the rule sets (<see cref="RuleSets.RuleSetCatalogue"/>).
/// </summary>
public sealed record AwardType(
    string Code,
    string Name,
    RecipientKind RecipientKind,
    AwardCategory Category,
    AwardLevel Level,
    string ConferringAuthority,
    string LegalBasis)
{
    /// <summary>The province whose own award type this is, or null for a national one.</summary>
    public string? Province { get; init; }
}
