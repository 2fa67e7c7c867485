namespace ThiDua.Domain.RuleSets;

/// <summary>The base salary (mức lương cơ sở) in VND per month from a date, set by a decree.</summary>
public sealed record BaseSalary(DateOnly EffectiveFrom, long AmountVnd, string LegalBasis)
{
    /// <summary>Bonuses are rounded up to the nearest 10,000 VND (domain.md §2.5).</summary>
    public const long BonusRoundingVnd = 10_000;

    /// <summary>The base salaries, oldest first; each is in force until the next one starts.</summary>
    public static readonly IReadOnlyList<BaseSalary> History =
    [
        new(new DateOnly(2023, 7, 1), 1_800_000, "Nghị định 24/2023/NĐ-CP, Điều 3"),
        new(new DateOnly(2024, 7, 1), 2_340_000, "Nghị định 73/2024/NĐ-CP, Điều 3"),
    ];

    /// <summary>The base salary in force on <paramref name="date"/>, or null before the first one recorded here.</summary>
    public static BaseSalary? InForceOn(DateOnly date) => History.LastOrDefault(b => b.EffectiveFrom <= date);

    /// <summary>Coefficient × base salary, rounded up to the nearest 10,000 VND.</summary>
    public long BonusFor(decimal coefficient)
    {
        var raw = coefficient * AmountVnd;
        return (long)(decimal.Ceiling(raw / BonusRoundingVnd) * BonusRoundingVnd);
    }
}
