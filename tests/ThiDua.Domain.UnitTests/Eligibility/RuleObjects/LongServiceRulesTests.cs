using System.Globalization;
using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.Eligibility.RuleObjects.RuleFacts;

namespace ThiDua.Domain.UnitTests.Eligibility.RuleObjects;

/// <summary>The long-service rule objects: which applies on which date, and the evidence they name (ADR 0021).</summary>
public class LongServiceRulesTests
{
    private static PersonFacts Director(DateOnly notified) =>
        new("Phạm Văn Đức", new UnitId(Guid.NewGuid()), new Dictionary<int, ThiDua.Domain.Common.PerformanceRating>(), [], [], [])
        {
            Gender = Gender.Male,
            Positions = [new PositionFact("Giám đốc Sở", PositionLevel.DepartmentHead, new DateOnly(2015, 1, 1), null)],
            Retirement = new RetirementFact(RetirementKind.Decision, notified, notified.AddMonths(3), false),
        };

    [Theory]
    [InlineData("2025-06-30", "criteria.appraised_by_council")] // the day before Decree 152/2025's standard applies
    [InlineData("2025-07-01", "long_service.leadership_time")] // the day it does
    [InlineData("2025-07-02", "long_service.leadership_time")]
    public void TheTimeInPositionStandard_AppliesFromItsDate(string on, string rule)
    {
        var date = DateOnly.Parse(on, CultureInfo.InvariantCulture);

        var result = EvaluatePerson(AwardCatalogue.LabourOrderThirdClass, Director(new DateOnly(2025, 6, 1)), type: CommendationType.LongService, asOf: date, rules: date < new DateOnly(2025, 7, 1) ? Rules98 : Rules);

        result.Rules.Select(r => r.Rule).ShouldBe(["hold.none", "award.not_already_held", "long_service.retirement_notified", "long_service.leadership_held", "long_service.no_discipline_in_leadership", rule]);
        result.Outcome(rule).Passed.ShouldBeTrue();
        result.Outcome(rule).Evidence.ShouldBe([new EvidenceItem(EvidenceKind.Position, "Giám đốc Sở", "departmentHead", From: new DateOnly(2015, 1, 1), To: date)]);
    }

    [Theory]
    [InlineData("2025-12-01", false)] // notified the day after the evaluation date
    [InlineData("2025-11-30", true)] // on it
    [InlineData("2025-11-29", true)] // the day before
    public void RetirementNotified_ByTheEvaluationDate(string notified, bool passes)
    {
        var facts = Director(DateOnly.Parse(notified, CultureInfo.InvariantCulture));

        var outcome = EvaluatePerson(AwardCatalogue.LabourOrderThirdClass, facts, type: CommendationType.LongService, asOf: new DateOnly(2025, 11, 30))
            .Outcome("long_service.retirement_notified");

        outcome.Passed.ShouldBe(passes);
        outcome.Evidence.ShouldHaveSingleItem().Kind.ShouldBe(EvidenceKind.Retirement);
    }

    [Fact]
    public void WithoutALeadershipPosition_TheRouteStopsAtLeadershipHeld()
    {
        var facts = Director(new DateOnly(2025, 6, 1)) with { Positions = [new PositionFact("Bác sĩ", PositionLevel.Staff, new DateOnly(2000, 1, 1), null)] };

        var result = EvaluatePerson(AwardCatalogue.LabourOrderThirdClass, facts, type: CommendationType.LongService);

        result.Rules.Select(r => r.Rule).ShouldBe(["hold.none", "award.not_already_held", "long_service.retirement_notified", "long_service.leadership_held"]);
        result.Outcome("long_service.leadership_held").Evidence.ShouldBeEmpty();
    }

    [Fact]
    public void ADisciplineInTheLeadershipPeriod_IsNamedWithItsDecision()
    {
        var facts = Director(new DateOnly(2025, 6, 1)) with { Disciplines = [Discipline(DisciplineKind.Warning, new DateOnly(2021, 3, 1), new DateOnly(2021, 12, 31), "15/QĐ-UBND")] };

        var outcome = EvaluatePerson(AwardCatalogue.LabourOrderThirdClass, facts, type: CommendationType.LongService).Outcome("long_service.no_discipline_in_leadership");

        outcome.Passed.ShouldBeFalse();
        outcome.Evidence.ShouldBe([new EvidenceItem(EvidenceKind.Discipline, "warning", null, null, new DateOnly(2021, 3, 1), new DateOnly(2021, 12, 31), "15/QĐ-UBND")]);
    }
}
