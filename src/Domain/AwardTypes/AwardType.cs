namespace ThiDua.Domain.AwardTypes;

/// <summary>Who an award is conferred on: a person (cá nhân) or a collective (tập thể).</summary>
public enum RecipientKind
{
    Individual = 1,
    Collective = 2,
}

/// <summary>
/// An emulation title or commendation form (danh hiệu thi đua / hình thức khen thưởng) by its stable code, with the
/// article of Law 06/2022/QH15 (Luật Thi đua, khen thưởng) that defines it.
/// </summary>
public sealed record AwardType(string Code, string Name, RecipientKind RecipientKind, string LegalBasis);
