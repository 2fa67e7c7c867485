using ThiDua.Domain.Awards;
using System.Globalization;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.People;
using static ThiDua.Domain.UnitTests.Eligibility.RuleObjects.RuleFacts;

namespace ThiDua.Domain.UnitTests.Eligibility.RuleObjects;

/// <summary>The rules of individual titles and forms, at their boundaries, with the evidence they name (ADR 0021).</summary>
public class IndividualRulesTests
{
    private static DateOnly D(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(null, false, "notRecorded")]
    [InlineData(PerformanceRating.NotCompleted, false, "notCompleted")]
    [InlineData(PerformanceRating.Completed, false, "completed")]
    [InlineData(PerformanceRating.Good, true, "good")]
    [InlineData(PerformanceRating.Excellent, true, "excellent")]
    public void RatedAtLeastGood_ReadsTheRatingOfTheYear(PerformanceRating? rating, bool passes, string evidence)
    {
        var ratings = rating is { } r ? Rated((2025, r), (2024, PerformanceRating.Excellent)) : Rated((2024, PerformanceRating.Excellent));

        var outcome = EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(ratings)).Outcome("ldtt.rating_good");

        outcome.Passed.ShouldBe(passes);
        outcome.Evidence.ShouldBe([new EvidenceItem(EvidenceKind.Rating, "Nguyễn Thị Lan", evidence, 2025)]);
    }

    [Theory]
    [InlineData("2024-01-01", "2024-12-31", true)] // ended on the last day of the year before
    [InlineData("2026-01-01", null, true)] // starts on the first day of the year after
    [InlineData("2024-06-01", "2025-01-01", false)] // ends on the first day of the year
    [InlineData("2025-12-31", null, false)] // starts on the last day of the year
    [InlineData("2023-01-01", null, false)] // still open
    public void NoDisciplineInYear_AtTheYearBoundary(string from, string? to, bool passes)
    {
        var discipline = Discipline(DisciplineKind.Reprimand, D(from), to is null ? null : D(to), "3/QĐ-BV");

        var outcome = EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(Rated((2025, PerformanceRating.Good)), disciplines: [discipline])).Outcome("discipline.none_in_year");

        outcome.Passed.ShouldBe(passes);
        outcome.Evidence.Count.ShouldBe(passes ? 0 : 1);
        outcome.Kind.ShouldBe(RuleKind.Judgement);
    }

    [Fact]
    public void NoDisciplineInYear_AHoldIsNotADisciplinePeriod_AndTwoDisciplinesAreBothNamed()
    {
        var good = Rated((2025, PerformanceRating.Good));
        EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(good, disciplines: [Discipline(DisciplineKind.Hold, D("2025-01-01"), D("2025-02-01"))]))
            .Outcome("discipline.none_in_year").Passed.ShouldBeTrue();

        var two = EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(good, disciplines:
        [
            Discipline(DisciplineKind.Reprimand, D("2025-01-01"), D("2025-03-01"), "1/QĐ"),
            Discipline(DisciplineKind.Warning, D("2025-06-01"), D("2025-09-01"), "2/QĐ"),
        ])).Outcome("discipline.none_in_year");
        two.Evidence.Select(e => (e.Subject, e.Document)).ShouldBe([("reprimand", "1/QĐ"), ("warning", "2/QĐ")]);
    }

    [Fact]
    public void ExcellentOrRecognisedWork_ExcellentPasses_WithTheRatingAsEvidence_AndNoInitiativeUsed()
    {
        var outcome = EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, Person(Rated((2025, PerformanceRating.Excellent)), [Initiative(2025)])).Outcome("cstdcs.excellent_or_recognised_work");

        outcome.Passed.ShouldBeTrue();
        outcome.Basis.ShouldBeNull();
        outcome.Evidence.ShouldBe([new EvidenceItem(EvidenceKind.Rating, "Nguyễn Thị Lan", "excellent", 2025)]);
    }

    [Theory]
    [InlineData(2024, false)] // the year before
    [InlineData(2025, true)]
    [InlineData(2026, false)] // the year after
    public void ExcellentOrRecognisedWork_AnInitiativeCountsInItsOwnYearOnly(int year, bool passes) =>
        EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, Person(Rated((2025, PerformanceRating.Good)), [Initiative(year)]))
            .Outcome("cstdcs.excellent_or_recognised_work").Passed.ShouldBe(passes);

    [Fact]
    public void ExcellentOrRecognisedWork_ZeroOneTwoInitiatives_TheUsedOneIsSkipped()
    {
        var good = Rated((2025, PerformanceRating.Good));
        var used = Initiative(2025, used: true, title: "Đã dùng");
        var fresh = Initiative(2025, title: "Mới");

        var none = EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, Person(good)).Outcome("cstdcs.excellent_or_recognised_work");
        none.Passed.ShouldBeFalse();
        none.Evidence.ShouldBe([new EvidenceItem(EvidenceKind.Rating, "Nguyễn Thị Lan", "good", 2025)]);

        var onlyUsed = EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, Person(good, [used])).Outcome("cstdcs.excellent_or_recognised_work");
        onlyUsed.Passed.ShouldBeFalse();
        onlyUsed.Facts.ShouldContain("'Đã dùng' already supported another award");
        onlyUsed.Evidence[^1].Value.ShouldBe("unit, alreadyUsed");

        var both = EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, Person(good, [used, fresh])).Outcome("cstdcs.excellent_or_recognised_work");
        both.Passed.ShouldBeTrue();
        both.Basis.ShouldBe([fresh.Id]);
        both.Evidence[^1].Subject.ShouldBe("Mới");
    }

    [Theory]
    [InlineData(new int[0], false)]
    [InlineData(new[] { 2025 }, false)]
    [InlineData(new[] { 2024, 2025 }, false)]
    [InlineData(new[] { 2023, 2024, 2025 }, true)]
    [InlineData(new[] { 2022, 2023, 2024, 2025 }, true)] // many: the year before the window does not matter
    [InlineData(new[] { 2022, 2023, 2024 }, false)] // the window ends in the year of achievement
    [InlineData(new[] { 2023, 2025 }, false)] // a gap
    public void ProvincialFighter_ThreeConsecutiveCstdcs_EndingInTheYear(int[] years, bool passes)
    {
        var facts = Person(awards: years.Select(y => Award(AwardCatalogue.GrassrootsEmulationFighter, y)).ToList(), initiatives: [Initiative(2025, InitiativeScope.Province)]);

        var outcome = EvaluatePerson(AwardCatalogue.ProvincialEmulationFighter, facts).Outcome("cstd_tinh.consecutive_cstdcs");

        outcome.Passed.ShouldBe(passes);
        outcome.Evidence.Select(e => e.Year ?? 0).ShouldBe(years.Where(y => y >= 2023));
        outcome.Evidence.ShouldAllBe(e => e.Kind == EvidenceKind.Award && e.Document != null);
    }

    [Fact]
    public void ConsecutiveTitles_ARevokedOrOneOffTitleBreaksTheChain_AndTheEvidenceSaysWhy()
    {
        var revoked = Person(awards:
        [
            Award(AwardCatalogue.GrassrootsEmulationFighter, 2023),
            Award(AwardCatalogue.GrassrootsEmulationFighter, 2024, revoked: true, decision: "9/QĐ-SYT"),
            Award(AwardCatalogue.GrassrootsEmulationFighter, 2025),
        ]);
        var outcome = EvaluatePerson(AwardCatalogue.ProvincialEmulationFighter, revoked).Outcome("cstd_tinh.consecutive_cstdcs");
        outcome.Passed.ShouldBeFalse();
        outcome.Facts.ShouldEndWith("(revoked: 2024).");
        outcome.Evidence.Single(e => e.Year == 2024).ShouldBe(new EvidenceItem(EvidenceKind.Award, AwardCatalogue.GrassrootsEmulationFighter, "revoked", 2024, Document: "9/QĐ-SYT"));

        var thematic = Person(awards:
        [
            Award(AwardCatalogue.GrassrootsEmulationFighter, 2023),
            Award(AwardCatalogue.GrassrootsEmulationFighter, 2024, CommendationType.Thematic),
            Award(AwardCatalogue.GrassrootsEmulationFighter, 2025),
        ]);
        var r3 = EvaluatePerson(AwardCatalogue.ProvincialEmulationFighter, thematic).Outcome("cstd_tinh.consecutive_cstdcs");
        r3.Passed.ShouldBeFalse();
        r3.Evidence.Single(e => e.Year == 2024).Value.ShouldBe("oneOff");
    }

    [Theory]
    [InlineData(2, new[] { 2024, 2025 }, true)]
    [InlineData(4, new[] { 2023, 2024, 2025 }, false)]
    [InlineData(4, new[] { 2022, 2023, 2024, 2025 }, true)]
    public void ConsecutiveTitles_TheNumberOfYearsIsRuleSetData(int consecutive, int[] years, bool passes)
    {
        var rules = Rules with { Eligibility = Rules.Eligibility with { ProvincialFighterConsecutiveYears = consecutive, ProvincialFighterBasis = "Văn bản thử, Điều 1" } };
        var facts = Person(awards: years.Select(y => Award(AwardCatalogue.GrassrootsEmulationFighter, y)).ToList());

        var outcome = EvaluatePerson(AwardCatalogue.ProvincialEmulationFighter, facts, rules: rules).Outcome("cstd_tinh.consecutive_cstdcs");

        outcome.Passed.ShouldBe(passes);
        outcome.LegalBasis.ShouldBe("Văn bản thử, Điều 1");
        outcome.Facts.ShouldContain($"{consecutive} consecutive years ending in 2025");
    }

    [Theory]
    [InlineData(new[] { 2025 }, false)]
    [InlineData(new[] { 2024, 2025 }, true)]
    [InlineData(new[] { 2023, 2024 }, false)]
    public void NationalFighter_TwoConsecutiveProvincialTitles(int[] years, bool passes) =>
        EvaluatePerson(AwardCatalogue.NationalEmulationFighter, Person(awards: years.Select(y => Award(AwardCatalogue.ProvincialEmulationFighter, y)).ToList()))
            .Outcome("cstd_toan_quoc.consecutive_cstd_tinh").Passed.ShouldBe(passes);

    [Fact]
    public void NationalFighter_TheNumberOfYearsIsRuleSetData()
    {
        var three = Rules with { Eligibility = Rules.Eligibility with { NationalFighterConsecutiveYears = 3 } };
        var facts = Person(awards: [Award(AwardCatalogue.ProvincialEmulationFighter, 2024), Award(AwardCatalogue.ProvincialEmulationFighter, 2025)]);

        EvaluatePerson(AwardCatalogue.NationalEmulationFighter, facts, rules: three).Outcome("cstd_toan_quoc.consecutive_cstd_tinh").Passed.ShouldBeFalse();
        EvaluatePerson(AwardCatalogue.NationalEmulationFighter, facts).Outcome("cstd_toan_quoc.consecutive_cstd_tinh").LegalBasis.ShouldBe("Luật 06/2022/QH15, Điều 21");
    }

    [Theory]
    [InlineData(InitiativeScope.Unit, false, false)]
    [InlineData(InitiativeScope.Province, false, true)]
    [InlineData(InitiativeScope.National, false, true)] // wider scope counts
    [InlineData(InitiativeScope.Province, true, false)] // already used (R9)
    public void ProvincialInitiative_OfProvincialScopeOrWider_Unused(InitiativeScope scope, bool used, bool passes)
    {
        var initiative = Initiative(2024, scope, used);

        var outcome = EvaluatePerson(AwardCatalogue.ProvincialEmulationFighter, Person(initiatives: [initiative])).Outcome("cstd_tinh.provincial_initiative");

        outcome.Passed.ShouldBe(passes);
        outcome.Evidence.Count.ShouldBe(scope >= InitiativeScope.Province ? 1 : 0);
        outcome.Basis.ShouldBe(passes ? [initiative.Id] : null);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    public void ProvincialMerit_ExcellentTwoYears_WithTwoUnusedInitiativesOfTheWindow(int initiatives, bool passes)
    {
        var facts = Person(
            Rated((2024, PerformanceRating.Excellent), (2025, PerformanceRating.Excellent)),
            Enumerable.Range(0, initiatives).Select(i => Initiative(2024 + (i % 2))).ToList());

        var outcome = EvaluatePerson(AwardCatalogue.ProvincialMeritIndividual, facts).Outcome("bang_khen_tinh.merit_route");

        outcome.Passed.ShouldBe(passes);
        outcome.Basis!.Count.ShouldBe(Math.Min(initiatives, 2));
        outcome.Evidence.Where(e => e.Kind == EvidenceKind.Rating).Select(e => (e.Year, e.Value)).ShouldBe([(2024, "excellent"), (2025, "excellent")]);
        outcome.Evidence.Count(e => e.Kind == EvidenceKind.Initiative).ShouldBe(initiatives);
    }

    [Fact]
    public void ProvincialMerit_AnInitiativeBeforeTheWindow_DoesNotCount_AndCstdcsEveryYearIsTheOtherRoute()
    {
        var excellent = Rated((2024, PerformanceRating.Excellent), (2025, PerformanceRating.Excellent));
        EvaluatePerson(AwardCatalogue.ProvincialMeritIndividual, Person(excellent, [Initiative(2023), Initiative(2025)]))
            .Outcome("bang_khen_tinh.merit_route").Passed.ShouldBeFalse();

        var fighter = EvaluatePerson(AwardCatalogue.ProvincialMeritIndividual, Person(awards: [Award(AwardCatalogue.GrassrootsEmulationFighter, 2024), Award(AwardCatalogue.GrassrootsEmulationFighter, 2025)]))
            .Outcome("bang_khen_tinh.merit_route");
        fighter.Passed.ShouldBeTrue();
        fighter.Basis.ShouldBeNull();
        fighter.Evidence.Where(e => e.Kind == EvidenceKind.Award).Select(e => e.Document).ShouldBe(["24/QĐ-SYT", "25/QĐ-SYT"]);
        fighter.Evidence.Where(e => e.Kind == EvidenceKind.Rating).Select(e => e.Value).ShouldBe(["notRecorded", "notRecorded"]);
    }

    [Fact]
    public void ProvincialMerit_ThreeYearsOfRatingsAreEvidence_WhenTheRuleSetAsksForThree()
    {
        var rules = Rules with { Eligibility = Rules.Eligibility with { ProvincialMeritConsecutiveYears = 3 } };
        var facts = Person(Rated((2023, PerformanceRating.Excellent), (2024, PerformanceRating.Excellent), (2025, PerformanceRating.Good)), [Initiative(2023), Initiative(2024)]);

        var outcome = EvaluatePerson(AwardCatalogue.ProvincialMeritIndividual, facts, rules: rules).Outcome("bang_khen_tinh.merit_route");

        outcome.Passed.ShouldBeFalse();
        outcome.Facts.ShouldContain("2023–2025");
        outcome.Evidence.Where(e => e.Kind == EvidenceKind.Rating).Select(e => (e.Year, e.Value)).ShouldBe([(2023, "excellent"), (2024, "excellent"), (2025, "good")]);
    }

    [Fact]
    public void ProvincialMerit_OnlyOnTheMeritRoute_OtherwiseTheCouncilAppraises()
    {
        var result = EvaluatePerson(AwardCatalogue.ProvincialMeritIndividual, Person(), type: CommendationType.Thematic);

        result.Has("bang_khen_tinh.merit_route").ShouldBeFalse();
        result.Has("criteria.appraised_by_council").ShouldBeTrue();
    }

    [Theory]
    [InlineData("2025-03-03", "2025-04-24", true)] // 8 weeks less a day: 39 working days
    [InlineData("2025-03-03", "2025-04-25", false)] // 8 weeks: 40 working days
    public void TimeWorked_FortyWorkingDaysOfAbsenceGoBeforeTheCouncil(string from, string to, bool passes)
    {
        var facts = Person(Rated((2025, PerformanceRating.Good))) with { Leaves = [new LeaveFact(LeaveKind.Sickness, D(from), D(to))] };

        var outcome = EvaluatePerson(AwardCatalogue.AdvancedWorker, facts).Outcome("ldtt.time_worked");

        outcome.Passed.ShouldBe(passes);
        outcome.Evidence.ShouldHaveSingleItem().ShouldBe(new EvidenceItem(EvidenceKind.Leave, "sickness", passes ? "39" : "40", 2025, D(from), D(to)));
        outcome.LegalBasis.ShouldContain("ngưỡng 40 ngày làm việc");
    }

    [Fact]
    public void TimeWorked_ALeaveAcrossTheYearBoundary_CountsOnlyTheDaysOfTheYear()
    {
        // 2024-12-02 (Mon) to 2025-01-31 (Fri): 23 working days in 2025, 22 in 2024.
        var facts = Person(Rated((2025, PerformanceRating.Good), (2024, PerformanceRating.Good))) with { Leaves = [new LeaveFact(LeaveKind.Unpaid, D("2024-12-02"), D("2025-01-31"))] };

        EvaluatePerson(AwardCatalogue.AdvancedWorker, facts, year: 2025).Outcome("ldtt.time_worked").Evidence.Single().Value.ShouldBe("23");
        EvaluatePerson(AwardCatalogue.AdvancedWorker, facts, year: 2024).Outcome("ldtt.time_worked").Evidence.Single().Value.ShouldBe("22");
        EvaluatePerson(AwardCatalogue.AdvancedWorker, facts, year: 2023).Outcome("ldtt.time_worked").Evidence.ShouldBeEmpty();
    }

    [Fact]
    public void TimeWorked_MaternityCountsAsWorked_AndTheThresholdIsRuleSetData()
    {
        var maternity = Person(Rated((2025, PerformanceRating.Good))) with { Leaves = [new LeaveFact(LeaveKind.Maternity, D("2025-01-01"), D("2025-06-30"))] };
        EvaluatePerson(AwardCatalogue.AdvancedWorker, maternity).Outcome("ldtt.time_worked").Passed.ShouldBeTrue();

        var sick = Person(Rated((2025, PerformanceRating.Good))) with { Leaves = [new LeaveFact(LeaveKind.Sickness, D("2025-03-03"), D("2025-03-14"))] };
        var ten = Rules with { Eligibility = Rules.Eligibility with { AbsenceWorkingDaysForCouncil = 10, AbsenceBasis = "quy định thử" } };
        var outcome = EvaluatePerson(AwardCatalogue.AdvancedWorker, sick, rules: ten).Outcome("ldtt.time_worked");
        outcome.Passed.ShouldBeFalse();
        outcome.LegalBasis.ShouldBe("Nghị định 152/2025/NĐ-CP, Điều 4.5 (R5); ngưỡng 10 ngày làm việc theo quy định thử");
    }

    [Fact]
    public void TimeWorked_AnOpenLeaveCountsUpToTheEvaluationDate()
    {
        var facts = Person(Rated((2025, PerformanceRating.Good))) with { Leaves = [new LeaveFact(LeaveKind.Study, D("2025-11-24"), null)] };

        // 2025-11-24 (Mon) to 2025-12-01 (Mon): 6 working days.
        EvaluatePerson(AwardCatalogue.AdvancedWorker, facts).Outcome("ldtt.time_worked").Evidence.Single().Value.ShouldBe("6");
    }

    [Fact]
    public void TheRulesOfATitleAreNotReadOnTheLongServiceRoute()
    {
        var result = EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(Rated((2025, PerformanceRating.Good))), type: CommendationType.LongService);

        result.Rules.Select(r => r.Rule).ShouldBe(["hold.none", "award.not_already_held", "registration.registered_for_title", "long_service.commendation_form"]);
    }
}
