using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;

namespace ThiDua.Domain.RuleSets;

/// <summary>
/// The rule sets in force over time (domain.md §0.1): Law 06/2022/QH15 with Decree 98/2023/NĐ-CP from 2024-01-01 to
/// 2025-06-30, then with Decree 152/2025/NĐ-CP from 2025-07-01. Values and their sources are data; when the law changes,
/// a new rule set is appended with its effective date.
/// </summary>
public static class RuleSetCatalogue
{
    public const string Law22Decree98 = "LAW22-ND98";
    public const string Law22Decree152 = "LAW22-ND152";

    private const string Decree98Votes = "Nghị định 98/2023/NĐ-CP, Điều 30.7";
    private const string Decree152Votes = "Nghị định 152/2025/NĐ-CP (ngưỡng như Nghị định 98/2023 Điều 30.7; điều khoản tương ứng cần đối chiếu)";
    private const string NoStatutoryVote = "Luật và Nghị định không quy định tỷ lệ; mặc định ≥ 50% số thành viên có mặt theo quy chế hội đồng";
    private const string QuorumBasis = "Quy chế hoạt động của Hội đồng thi đua, khen thưởng (≥ 2/3 số thành viên; văn bản trung ương quy định tỷ lệ này chưa được đối chiếu)";

    private static readonly EligibilityParameters Law22Eligibility = new(
        AdvancedCollectiveMemberShare: 0.5m,
        AdvancedCollectiveShareInclusive: false,
        AdvancedCollectiveBasis: "Luật 06/2022/QH15, Điều 28 (trên 50% thành viên đạt Lao động tiên tiến)",
        ExcellentCollectiveMemberShare: 0.7m,
        ExcellentCollectiveBasis: "Luật 06/2022/QH15, Điều 27",
        ProvincialFighterConsecutiveYears: 3,
        ProvincialFighterBasis: "Luật 06/2022/QH15, Điều 22",
        ProvincialMeritConsecutiveYears: 2,
        ProvincialMeritInitiatives: 2,
        ProvincialMeritBasis: "Luật 06/2022/QH15, Điều 74");

    public static readonly IReadOnlyList<RuleSet> All =
    [
        new(
            Law22Decree98,
            "Luật Thi đua, khen thưởng 06/2022/QH15 và Nghị định 98/2023/NĐ-CP",
            new DateOnly(2024, 1, 1),
            new DateOnly(2025, 6, 30),
            ["Luật 06/2022/QH15", "Nghị định 98/2023/NĐ-CP (bãi bỏ từ 01/7/2025 theo Nghị định 152/2025/NĐ-CP, Điều 59)"],
            new Fraction(2, 3),
            QuorumBasis,
            Law22Eligibility,
            Awards(Decree98Votes, "Nghị định 98/2023/NĐ-CP (hệ số bằng giá trị Nghị định 152/2025 Điều 50–54; cần đối chiếu văn bản)")),
        new(
            Law22Decree152,
            "Luật Thi đua, khen thưởng 06/2022/QH15 và Nghị định 152/2025/NĐ-CP",
            new DateOnly(2025, 7, 1),
            null,
            ["Luật 06/2022/QH15", "Nghị định 152/2025/NĐ-CP"],
            new Fraction(2, 3),
            QuorumBasis,
            Law22Eligibility,
            Awards(Decree152Votes, null)),
    ];

    /// <summary>The rule set in force on <paramref name="date"/>, or null before 2024-01-01.</summary>
    public static RuleSet? InForceOn(DateOnly date) => All.FirstOrDefault(r => r.IsInForceOn(date));

    public static RuleSet? Find(string code) => All.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));

    private static List<AwardRule> Awards(string votes, string? bonusBasisOverride)
    {
        var strict80 = new VoteThreshold(0.8m, true, votes);
        var strict90 = new VoteThreshold(0.9m, true, votes);
        var majority = new VoteThreshold(0.5m, false, NoStatutoryVote);
        AwardRule Rule(string code, decimal coefficient, string article, VoteThreshold vote) =>
            new(code, coefficient, bonusBasisOverride ?? $"Nghị định 152/2025/NĐ-CP, {article}", vote);
        return
        [
            Rule(AwardCatalogue.NationalEmulationFighter, 4.5m, "Điều 50.1", strict90),
            Rule(AwardCatalogue.ProvincialEmulationFighter, 3.0m, "Điều 50.1", strict90),
            Rule(AwardCatalogue.GrassrootsEmulationFighter, 1.0m, "Điều 50.1", strict80),
            Rule(AwardCatalogue.AdvancedWorker, 0.3m, "Điều 50.1", majority),
            Rule(AwardCatalogue.ExcellentCollective, 1.5m, "Điều 50.2", majority),
            Rule(AwardCatalogue.AdvancedCollective, 0.8m, "Điều 50.2", majority),
            Rule(AwardCatalogue.GovernmentFlag, 12m, "Điều 50.2", strict80),
            Rule(AwardCatalogue.ProvincialFlag, 8m, "Điều 50.2", strict80),
            Rule(AwardCatalogue.PrimeMinisterMeritCollective, 7m, "Điều 54", majority),
            Rule(AwardCatalogue.PrimeMinisterMeritIndividual, 3.5m, "Điều 54 (cá nhân bằng ½ tập thể)", majority),
            Rule(AwardCatalogue.ProvincialMeritCollective, 3m, "Điều 54", majority),
            Rule(AwardCatalogue.ProvincialMeritIndividual, 1.5m, "Điều 54 (cá nhân bằng ½ tập thể)", majority),
            Rule(AwardCatalogue.CommendationCollective, 0.6m, "Điều 54", majority),
            Rule(AwardCatalogue.CommendationIndividual, 0.3m, "Điều 54", majority),
            Rule(AwardCatalogue.LabourOrderThirdClass, 4.5m, "Điều 51 (hạng Ba tập thể 9 lần; cá nhân bằng ½ mức tập thể — chưa đối chiếu nguyên văn)", majority),
        ];
    }
}
