using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.People;

namespace ThiDua.Domain.RuleSets;

/// <summary>
/// The time in a leadership position a long-service (quá trình cống hiến) award needs, from a date: at least
/// <paramref name="Years"/> years at <paramref name="Level"/>; from <paramref name="NextClassYears"/> years on the range
/// of a higher class begins (the standard of that class is not codified here).
/// </summary>
public sealed record LongServiceStandard(
    string AwardTypeCode, PositionLevel Level, int Years, int? NextClassYears, DateOnly EffectiveFrom, DateOnly? EffectiveTo, string LegalBasis)
{
    public bool IsInForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);
}

/// <summary>
/// Long-service standards as dated data. Decree 152/2025/NĐ-CP, Art. 21 (Huân chương Lao động hạng Ba for long service,
/// Law 06/2022/QH15 Art. 44.1.g), point b — people working in building and defending the Fatherland who held: Tổng cục
/// trưởng 3 to under 5 years; Phó Tổng cục trưởng 5 to under 8; Vụ trưởng and equivalent 6 to under 10; Phó Vụ trưởng
/// and equivalent 10 to under 15. Read from a summary of the article (báo Lao động, "Quy định tặng Huân chương Lao động
/// hạng Ba cho cá nhân có quá trình cống hiến lâu dài"), not from the gazetted text. The levels of a Sở Y tế are placed
/// as Giám đốc Sở ≈ Vụ trưởng and Phó Giám đốc Sở ≈ Phó Vụ trưởng (the usual equivalence "cấp vụ, sở, ngành", not
/// verified in a text); positions of units under the Sở are not listed, and the provincial leaders' standards (higher
/// orders) are not codified. The standards of Decree 98/2023/NĐ-CP (until 2025-06-30) were not verified and are not
/// recorded: before 2025-07-01 the council appraises the time.
/// </summary>
public static class LongServiceStandards
{
    private const string Basis = "Nghị định 152/2025/NĐ-CP, Điều 21 điểm b (đọc qua bản tóm tắt, chưa đối chiếu nguyên văn; Giám đốc Sở tương đương Vụ trưởng, Phó Giám đốc Sở tương đương Phó Vụ trưởng — tương đương chưa đối chiếu)";

    public static readonly IReadOnlyList<LongServiceStandard> All =
    [
        new(AwardCatalogue.LabourOrderThirdClass, PositionLevel.DepartmentHead, 6, 10, new DateOnly(2025, 7, 1), null, Basis),
        new(AwardCatalogue.LabourOrderThirdClass, PositionLevel.DepartmentDeputy, 10, 15, new DateOnly(2025, 7, 1), null, Basis),
    ];

    /// <summary>The standards of <paramref name="awardTypeCode"/> in force on <paramref name="date"/>, by level.</summary>
    public static IReadOnlyDictionary<PositionLevel, LongServiceStandard> For(string awardTypeCode, DateOnly date) =>
        All.Where(s => s.AwardTypeCode == awardTypeCode && s.IsInForceOn(date)).ToDictionary(s => s.Level);
}
