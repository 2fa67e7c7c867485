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
    [MemberData(nameof(EveryAwardTypeAndCommendationType))]
    public void EveryRuleTheEngineEvaluates_ForALeaderWithLeaveAndADiscipline_IsInTheCatalogue(string code, CommendationType commendation)
    {
        var person = ThiDua.Domain.People.Person.Register("Trần Thị Hoa", ThiDua.Domain.People.Gender.Female, null, null, null, TestUnits.Active("SYT"), "Phó Giám đốc Sở", new DateOnly(1990, 1, 1), TestUnits.Now);
        var warning = person.RecordDiscipline(ThiDua.Domain.People.DisciplineKind.Warning, new DateOnly(2021, 3, 1), new DateOnly(2021, 12, 31), "Vi phạm", TestUnits.Doc(), TestUnits.Now);
        var facts = new PersonFacts("Trần Thị Hoa", new UnitId(Guid.NewGuid()), new Dictionary<int, PerformanceRating> { [2025] = PerformanceRating.Good }, [], [warning], [])
        {
            Gender = ThiDua.Domain.People.Gender.Female,
            Leaves = [new LeaveFact(ThiDua.Domain.People.LeaveKind.Maternity, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30))],
            Positions =
            [
                new PositionFact("Giám đốc Bệnh viện", ThiDua.Domain.People.PositionLevel.UnitHead, new DateOnly(2005, 1, 1), new DateOnly(2014, 12, 31)),
                new PositionFact("Phó Giám đốc Sở", ThiDua.Domain.People.PositionLevel.DepartmentDeputy, new DateOnly(2015, 1, 1), null),
            ],
            Retirement = new RetirementFact(ThiDua.Domain.People.RetirementKind.Notice, new DateOnly(2025, 6, 1), new DateOnly(2025, 12, 1), false),
        };
        var unitOnly = facts with { Positions = [new PositionFact("Giám đốc Bệnh viện", ThiDua.Domain.People.PositionLevel.UnitHead, new DateOnly(2005, 1, 1), null)] };
        if (AwardCatalogue.Find(code)!.RecipientKind != RecipientKind.Individual)
        {
            return;
        }

        foreach (var rule in EligibilityEngine.EvaluatePerson(code, commendation, 2025, facts, Rules, new DateOnly(2025, 12, 1)).Rules
            .Concat(EligibilityEngine.EvaluatePerson(code, commendation, 2025, unitOnly, Rules, new DateOnly(2025, 12, 1)).Rules))
        {
            EligibilityRules.Find(rule.Rule).ShouldNotBeNull($"{rule.Rule} is not in the rule catalogue").KindBasis.ShouldNotBeNullOrWhiteSpace();
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
    [InlineData("ldtt.time_worked", RuleKind.Judgement)]
    [InlineData("long_service.commendation_form", RuleKind.Precondition)]
    [InlineData("long_service.individuals_only", RuleKind.Precondition)]
    [InlineData("long_service.retirement_notified", RuleKind.Precondition)]
    [InlineData("long_service.leadership_held", RuleKind.Precondition)]
    [InlineData("long_service.no_discipline_in_leadership", RuleKind.Bar)]
    [InlineData("long_service.leadership_time", RuleKind.Precondition)]
    [InlineData("long_service.position_equivalence", RuleKind.Judgement)]
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
