using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.UnitTests.Eligibility;

/// <summary>
/// The rule catalogue classifies every rule the engine evaluates: legal bars and preconditions cannot be justified,
/// the council's judgements can (Nghị định 152/2025/NĐ-CP, Điều 4.2, R2).
/// </summary>
public class EligibilityRulesTests
{
    private static readonly RuleSet Rules = RuleSetCatalogue.Find(RuleSetCatalogue.Law22Decree152)!;

    public static TheoryData<string, CommendationType> EveryAwardTypeAndCommendationType()
    {
        var data = new TheoryData<string, CommendationType>();
        foreach (var type in AwardCatalogue.All)
        {
            foreach (var commendation in Enum.GetValues<CommendationType>())
            {
                data.Add(type.Code, commendation);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryAwardTypeAndCommendationType))]
    public void EveryRuleTheEngineEvaluates_IsInTheCatalogue_WithALegalBasisForItsKind(string code, CommendationType commendation)
    {
        var type = AwardCatalogue.Find(code)!;
        var result = type.RecipientKind == RecipientKind.Individual
            ? EligibilityEngine.EvaluatePerson(code, commendation, 2025, new PersonFacts("Nguyễn Thị Lan", new UnitId(Guid.NewGuid()), new Dictionary<int, PerformanceRating>(), [], [], []), Rules, new DateOnly(2025, 12, 1))
            : EligibilityEngine.EvaluateUnit(code, commendation, 2025, new UnitFacts("Bệnh viện", "Hà Nam", UnitStatus.Active, new Dictionary<int, PerformanceRating>(), [], [], []), Rules);

        foreach (var rule in result.Rules)
        {
            var entry = EligibilityRules.Find(rule.Rule).ShouldNotBeNull($"{rule.Rule} is not in the rule catalogue");
            entry.KindBasis.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Theory]
    [InlineData("hold.none", RuleKind.Bar)]
    [InlineData("award.not_already_held", RuleKind.Bar)]
    [InlineData("initiative.basis_unused", RuleKind.Bar)]
    [InlineData("unit.active", RuleKind.Bar)]
    [InlineData("ldtt.rating_good", RuleKind.Precondition)]
    [InlineData("cstdcs.excellent_or_recognised_work", RuleKind.Precondition)]
    [InlineData("cstd_tinh.consecutive_cstdcs", RuleKind.Precondition)]
    [InlineData("ttldtt.advanced_worker_share", RuleKind.Precondition)]
    [InlineData("ttldxs.one_grassroots_fighter", RuleKind.Precondition)]
    [InlineData("co_thi_dua_tinh.cluster_leader", RuleKind.Precondition)]
    [InlineData("discipline.none_in_year", RuleKind.Judgement)]
    [InlineData("bang_khen_tinh.merit_route", RuleKind.Judgement)]
    [InlineData("bang_khen_tinh_tap_the.merit_route", RuleKind.Judgement)]
    [InlineData("criteria.appraised_by_council", RuleKind.Judgement)]
    public void EachRule_HasItsKind(string rule, RuleKind kind) => EligibilityRules.KindOf(rule).ShouldBe(kind);

    [Fact]
    public void AnOutcome_ReadsItsKindFromTheCatalogue_AndAnUnknownCodeCountsAsAPrecondition()
    {
        new RuleOutcome("bang_khen_tinh.merit_route", false, "x", "y").Kind.ShouldBe(RuleKind.Judgement);
        new RuleOutcome("some.future_rule", false, "x", "y").Kind.ShouldBe(RuleKind.Precondition);
    }

    [Fact]
    public void TheCatalogue_ListsEachCodeOnce() =>
        EligibilityRules.All.Select(r => r.Code).ShouldBeUnique();
}
