using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.UnitTests.Eligibility;

/// <summary>
/// Leave (R5, Decree 152/2025 Art. 4.5) and the long-service route for leaders (R7 Art. 4.7, R14 Art. 9), at their
/// boundaries: time in positions exactly at the standard and one day short, for a woman and a man; overlapping positions;
/// shortfall carried to the next lower position; discipline inside and outside the leadership period; retirement not
/// yet notified.
/// </summary>
public class LongServiceAndLeaveTests
{
    private const string Order = AwardCatalogue.LabourOrderThirdClass;
    private static readonly RuleSet Rules = RuleSetCatalogue.Find(RuleSetCatalogue.Law22Decree152)!;
    private static readonly DateOnly AsOf = new(2026, 6, 1);
    private static readonly RetirementFact Notified = new(RetirementKind.Notice, new DateOnly(2026, 1, 5), new DateOnly(2026, 7, 1), false);

    private static PersonFacts Leader(
        Gender gender = Gender.Male,
        IReadOnlyList<PositionFact>? positions = null,
        RetirementFact? retirement = null,
        IReadOnlyList<Discipline>? disciplines = null,
        IReadOnlyList<AwardFact>? awards = null,
        bool noRetirement = false) =>
        new("Trần Thị Hoa", new UnitId(Guid.NewGuid()), new Dictionary<int, PerformanceRating>(), [], disciplines ?? [], awards ?? [])
        {
            Gender = gender,
            Positions = positions ?? [],
            Retirement = noRetirement ? null : retirement ?? Notified,
        };

    private static PositionFact Held(PositionLevel level, string from, string to, string? title = null) =>
        new(title ?? level.ToString(), level, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

    private static Discipline DisciplineOf(DisciplineKind kind, DateOnly from, DateOnly? to)
    {
        var person = Person.Register("Trần Thị Hoa", Gender.Female, null, null, null, TestUnits.Active("SYT"), "Phó Giám đốc", new DateOnly(1990, 1, 1), TestUnits.Now);
        return person.RecordDiscipline(kind, from, to, "Vi phạm", TestUnits.Doc(), TestUnits.Now);
    }

    private static EligibilityResult LongService(PersonFacts facts, string code = Order, DateOnly? asOf = null) =>
        EligibilityEngine.EvaluatePerson(code, CommendationType.LongService, 2026, facts, asOf is { } on ? RuleSetCatalogue.InForceOn(on)! : Rules, asOf ?? AsOf);

    private static RuleOutcome Rule(EligibilityResult result, string rule) => result.Rules.Single(r => r.Rule == rule);

    // Time in positions: Giám đốc Sở needs 6 years, Phó Giám đốc Sở 10 (Decree 152/2025 Art. 21.b).
    [Theory]
    [InlineData(Gender.Male, "2019-07-01", "2025-06-30", true)]
    [InlineData(Gender.Male, "2019-07-01", "2025-06-29", false)]
    [InlineData(Gender.Male, "2019-08-01", "2025-07-30", false)]
    [InlineData(Gender.Male, "2019-08-01", "2025-07-31", true)]
    [InlineData(Gender.Female, "2021-07-01", "2025-06-30", true)]
    [InlineData(Gender.Female, "2021-07-01", "2025-06-29", false)]
    [InlineData(Gender.Male, "2021-07-01", "2025-06-30", false)]
    public void DirectorOfTheSở_NeedsSixYears_AWomanFour(Gender gender, string from, string to, bool qualifies)
    {
        var result = LongService(Leader(gender, [Held(PositionLevel.DepartmentHead, from, to)]));

        var rule = Rule(result, "long_service.leadership_time");
        rule.Passed.ShouldBe(qualifies);
        rule.Kind.ShouldBe(RuleKind.Precondition);
        result.IsEligible.ShouldBe(qualifies);
        if (gender == Gender.Female)
        {
            rule.Facts.ShouldContain("reduced by one third");
            rule.LegalBasis.ShouldContain("Điều 4.7");
        }
        else
        {
            rule.Facts.ShouldNotContain("one third");
        }
    }

    [Fact]
    public void AWomanLeader_WhoseRetirementAgeIsSetHigher_NeedsTheGeneralTime()
    {
        var fourYears = Held(PositionLevel.DepartmentHead, "2021-07-01", "2025-06-30");

        var rule = Rule(LongService(Leader(Gender.Female, [fourYears], Notified with { HigherRetirementAge = true })), "long_service.leadership_time");

        rule.Passed.ShouldBeFalse();
        rule.Facts.ShouldContain("general time applies");
    }

    [Theory]
    [InlineData(Gender.Male, "2015-07-01", true)]
    [InlineData(Gender.Male, "2015-07-02", false)]
    [InlineData(Gender.Female, "2018-11-01", true)]
    [InlineData(Gender.Female, "2018-11-02", false)]
    public void DeputyDirector_NeedsTenYears_AWomanSixYearsEightMonths(Gender gender, string from, bool qualifies) =>
        Rule(LongService(Leader(gender, [Held(PositionLevel.DepartmentDeputy, from, "2025-06-30")])), "long_service.leadership_time").Passed.ShouldBe(qualifies);

    [Theory]
    [InlineData("2015-01-01", true)]
    [InlineData("2015-01-02", false)]
    public void OverlappingPositions_CountEachDayOnce(string from, bool qualifies)
    {
        // Two deputy posts held at once (kiêm nhiệm): the days they share count once, 2015–2024 is ten years.
        var result = LongService(Leader(positions:
        [
            Held(PositionLevel.DepartmentDeputy, from, "2020-12-31", "Phó Giám đốc Sở Y tế"),
            Held(PositionLevel.DepartmentDeputy, "2018-01-01", "2024-12-31", "Phó Chủ tịch Hội đồng thi đua Sở"),
        ]));

        Rule(result, "long_service.leadership_time").Passed.ShouldBe(qualifies);
    }

    [Fact]
    public void OverlappingPositions_CountAtTheHighest()
    {
        // Deputy since 2012 and director (concurrently) from mid-2019: the shared days count as director, six years.
        var result = LongService(Leader(positions:
        [
            Held(PositionLevel.DepartmentDeputy, "2012-01-01", "2025-06-30"),
            Held(PositionLevel.DepartmentHead, "2019-07-01", "2025-06-30"),
        ]));

        var rule = Rule(result, "long_service.leadership_time");
        rule.Passed.ShouldBeTrue();
        rule.Facts.ShouldContain("director of the Sở: 6 y 0 m");
    }

    [Theory]
    [InlineData("2015-07-01", true)]
    [InlineData("2015-07-02", false)]
    public void ShortfallAsDirector_IsAddedToTheDeputyTime(string deputyFrom, bool qualifies)
    {
        // Four years as director (short of six) + six years as deputy = ten years at deputy level.
        var result = LongService(Leader(positions:
        [
            Held(PositionLevel.DepartmentDeputy, deputyFrom, "2021-06-30"),
            Held(PositionLevel.DepartmentHead, "2021-07-01", "2025-06-30"),
        ]));

        var rule = Rule(result, "long_service.leadership_time");
        rule.Passed.ShouldBe(qualifies);
        rule.Facts.ShouldContain("shortfall added to the next lower position");
    }

    [Fact]
    public void DeputyTime_IsNotAddedToAHigherPosition()
    {
        // Five years as director and twelve as deputy: the director's standard is not met with deputy time, the
        // deputy's is met on its own (with the director's years added).
        var onlyDirector = LongService(Leader(positions: [Held(PositionLevel.DepartmentHead, "2020-07-01", "2025-06-30")]));
        var withDeputy = LongService(Leader(positions:
        [
            Held(PositionLevel.DepartmentDeputy, "2008-07-01", "2020-06-30"),
            Held(PositionLevel.DepartmentHead, "2020-07-01", "2025-06-30"),
        ]));

        Rule(onlyDirector, "long_service.leadership_time").Passed.ShouldBeFalse();
        var rule = Rule(withDeputy, "long_service.leadership_time");
        rule.Passed.ShouldBeTrue();
        rule.Facts.ShouldContain("deputy director of the Sở: 17 y 0 m");
    }

    [Fact]
    public void ProvincialLeadership_WithoutAStandardOfItsOwn_IsCountedAtTheNextLowerPosition()
    {
        var result = LongService(Leader(positions:
        [
            Held(PositionLevel.DepartmentHead, "2017-07-01", "2021-06-30"),
            Held(PositionLevel.ProvinceDeputy, "2021-07-01", "2023-06-30"),
        ]));

        var rule = Rule(result, "long_service.leadership_time");
        rule.Passed.ShouldBeTrue();
        rule.Facts.ShouldContain("no standard at this level");
    }

    [Fact]
    public void UnitLevelLeadershipOnly_IsLeftToTheAppraisalOfEquivalence()
    {
        var result = LongService(Leader(positions: [Held(PositionLevel.UnitHead, "2010-01-01", "2025-12-31", "Giám đốc Bệnh viện Đa khoa tỉnh")]));

        var rule = Rule(result, "long_service.position_equivalence");
        rule.Passed.ShouldBeFalse();
        rule.Kind.ShouldBe(RuleKind.Judgement);
        result.FailsOnlyJudgements.ShouldBeTrue();
        result.Rules.ShouldNotContain(r => r.Rule == "long_service.leadership_time");
    }

    [Fact]
    public void StaffPositionsOnly_FailTheLeadershipPrecondition()
    {
        var result = LongService(Leader(positions: [Held(PositionLevel.Staff, "2000-01-01", "2025-12-31", "Bác sĩ")]));

        var rule = Rule(result, "long_service.leadership_held");
        rule.Passed.ShouldBeFalse();
        result.PreconditionFailures().ShouldContain(rule);
        result.Rules.ShouldNotContain(r => r.Rule == "long_service.leadership_time");
    }

    // Discipline during the leadership period bars the award (Decree 152/2025 Art. 9).
    [Fact]
    public void ALeaderWithA2021Warning_IsNotEligible()
    {
        var warning = DisciplineOf(DisciplineKind.Warning, new DateOnly(2021, 3, 1), new DateOnly(2021, 12, 31));
        var facts = Leader(positions: [Held(PositionLevel.DepartmentDeputy, "2014-01-01", "2025-06-30")], disciplines: [warning]);

        var result = LongService(facts);

        result.IsEligible.ShouldBeFalse();
        var rule = Rule(result, "long_service.no_discipline_in_leadership");
        rule.Passed.ShouldBeFalse();
        rule.Kind.ShouldBe(RuleKind.Bar);
        rule.Facts.ShouldContain("warning 2021-03-01–2021-12-31");
        result.BarringFailures().ShouldHaveSingleItem().Rule.ShouldBe("long_service.no_discipline_in_leadership");

        // The same bar for a long-service proposal of a form without codified standards (the failing case).
        var bangKhen = LongService(facts, AwardCatalogue.ProvincialMeritIndividual);
        bangKhen.IsEligible.ShouldBeFalse();
        bangKhen.BarringFailures().ShouldHaveSingleItem().Rule.ShouldBe("long_service.no_discipline_in_leadership");
    }

    [Theory]
    [InlineData("2013-12-01", "2013-12-31", true)]
    [InlineData("2013-12-01", "2014-01-01", false)]
    [InlineData("2025-06-30", "2025-08-31", false)]
    [InlineData("2025-07-01", "2025-08-31", true)]
    public void ADiscipline_CountsOnlyInsideTheLeadershipPeriod(string from, string to, bool passes)
    {
        var reprimand = DisciplineOf(DisciplineKind.Reprimand, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        var result = LongService(Leader(positions: [Held(PositionLevel.DepartmentDeputy, "2014-01-01", "2025-06-30")], disciplines: [reprimand]));

        Rule(result, "long_service.no_discipline_in_leadership").Passed.ShouldBe(passes);
    }

    [Fact]
    public void AHold_IsNotADiscipline_ButStillBlocksUnderR4()
    {
        var hold = DisciplineOf(DisciplineKind.Hold, new DateOnly(2026, 5, 1), null);

        var result = LongService(Leader(positions: [Held(PositionLevel.DepartmentDeputy, "2014-01-01", "2025-06-30")], disciplines: [hold]));

        Rule(result, "long_service.no_discipline_in_leadership").Passed.ShouldBeTrue();
        Rule(result, "hold.none").Passed.ShouldBeFalse();
    }

    // Proposed when retirement is notified or decided (Decree 152/2025 Art. 9.2).
    [Fact]
    public void RetirementNotYetRecorded_FailsThePrecondition()
    {
        var result = LongService(Leader(positions: [Held(PositionLevel.DepartmentHead, "2015-01-01", "2025-12-31")], noRetirement: true));

        var rule = Rule(result, "long_service.retirement_notified");
        rule.Passed.ShouldBeFalse();
        rule.Kind.ShouldBe(RuleKind.Precondition);
        result.IsEligible.ShouldBeFalse();
    }

    [Theory]
    [InlineData("2026-05-31", true)]
    [InlineData("2026-06-01", true)]
    [InlineData("2026-06-02", false)]
    public void RetirementMustBeNotifiedByTheEvaluationDate(string notifiedOn, bool passes)
    {
        var retirement = Notified with { NotifiedOn = DateOnly.Parse(notifiedOn, System.Globalization.CultureInfo.InvariantCulture) };

        Rule(LongService(Leader(positions: [Held(PositionLevel.DepartmentHead, "2015-01-01", "2025-12-31")], retirement: retirement)), "long_service.retirement_notified")
            .Passed.ShouldBe(passes);
    }

    [Fact]
    public void AfterALongServiceAward_OnlyTheLaterPeriodCounts()
    {
        var positions = new[] { Held(PositionLevel.DepartmentHead, "2014-01-01", "2025-12-31") };

        var first = LongService(Leader(positions: positions));
        var again = LongService(Leader(positions: positions, awards: [new AwardFact(Order, 2020, CommendationType.LongService, false)]));

        Rule(first, "long_service.leadership_time").Passed.ShouldBeTrue();
        var rule = Rule(again, "long_service.leadership_time");
        rule.Passed.ShouldBeFalse();
        Rule(again, "long_service.leadership_held").Facts.ShouldContain("after the long-service award of 2020");
    }

    [Fact]
    public void ALongServiceAwardOfTheEvaluationYear_LeavesNoLaterPeriod()
    {
        var result = LongService(Leader(
            positions: [Held(PositionLevel.DepartmentHead, "2014-01-01", "2025-12-31")],
            awards: [new AwardFact(AwardCatalogue.ProvincialMeritIndividual, 2026, CommendationType.LongService, false)]));

        Rule(result, "long_service.leadership_held").Passed.ShouldBeFalse();
        result.Rules.ShouldNotContain(r => r.Rule == "long_service.leadership_time");
    }

    [Fact]
    public void AFormWithoutCodifiedStandards_LeavesTheTimeToTheCouncil_AndBeforeDecree152TheOrderToo()
    {
        var facts = Leader(positions: [Held(PositionLevel.DepartmentHead, "2022-01-01", "2025-06-30")]);

        var bangKhen = LongService(facts, AwardCatalogue.ProvincialMeritIndividual);
        var underDecree98 = LongService(facts with { Retirement = Notified with { NotifiedOn = new DateOnly(2025, 3, 1) } }, Order, new DateOnly(2025, 6, 30));

        bangKhen.IsEligible.ShouldBeTrue();
        Rule(bangKhen, "criteria.appraised_by_council").Facts.ShouldContain("director of the Sở 3 y 6 m");
        underDecree98.RuleSet.ShouldBe(RuleSetCatalogue.Law22Decree98);
        Rule(underDecree98, "criteria.appraised_by_council").Passed.ShouldBeTrue();
    }

    [Fact]
    public void AnEmulationTitle_IsNotALongServiceAward_NorIsAUnit()
    {
        var title = LongService(Leader(positions: [Held(PositionLevel.DepartmentHead, "2015-01-01", "2025-12-31")]), AwardCatalogue.AdvancedWorker);
        var unit = EligibilityEngine.EvaluateUnit(
            AwardCatalogue.ProvincialMeritCollective, CommendationType.LongService, 2026,
            new UnitFacts("Bệnh viện", "Hà Nam", UnitStatus.Active, new Dictionary<int, PerformanceRating>(), [], [], []), Rules);

        title.Failures.ShouldHaveSingleItem().Rule.ShouldBe("long_service.commendation_form");
        unit.Failures.ShouldHaveSingleItem().Rule.ShouldBe("long_service.individuals_only");
    }

    // Maternity leave counts as time worked (Decree 152/2025 Art. 4.5).
    private static EligibilityResult AdvancedWorker(params LeaveFact[] leaves) =>
        EligibilityEngine.EvaluatePerson(
            AwardCatalogue.AdvancedWorker,
            CommendationType.Merit,
            2025,
            new PersonFacts("Nguyễn Thị Lan", new UnitId(Guid.NewGuid()), new Dictionary<int, PerformanceRating> { [2025] = PerformanceRating.Good }, [], [], []) { Gender = Gender.Female, Leaves = leaves },
            Rules,
            new DateOnly(2025, 12, 1));

    [Fact]
    public void MaternityLeaveCoveringTheWholeYear_CountsAsTimeWorked()
    {
        var result = AdvancedWorker(new LeaveFact(LeaveKind.Maternity, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));

        result.IsEligible.ShouldBeTrue();
        var rule = Rule(result, "ldtt.time_worked");
        rule.Passed.ShouldBeTrue();
        rule.Facts.ShouldContain("counted as time worked");
        rule.Facts.ShouldContain("maternity leave 2025-01-01–2025-12-31, 261 working days in 2025");
        rule.LegalBasis.ShouldContain("Điều 4.5");
    }

    [Fact]
    public void SickLeaveOfTheSamePeriod_IsPutBeforeTheCouncil_AsAJudgement()
    {
        var result = AdvancedWorker(new LeaveFact(LeaveKind.Sickness, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));

        var rule = Rule(result, "ldtt.time_worked");
        rule.Passed.ShouldBeFalse();
        rule.Kind.ShouldBe(RuleKind.Judgement);
        result.FailsOnlyJudgements.ShouldBeTrue();
        rule.Facts.ShouldContain("absent 261 working days");
    }

    [Theory]
    [InlineData("2025-04-24", true)]
    [InlineData("2025-04-25", false)]
    public void FortyWorkingDaysOfOtherLeave_IsTheBoundary(string lastDay, bool passes)
    {
        // Monday 2025-03-03 to Friday 2025-04-25 is eight weeks: 40 working days.
        var result = AdvancedWorker(new LeaveFact(LeaveKind.Study, new DateOnly(2025, 3, 3), DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture)));

        Rule(result, "ldtt.time_worked").Passed.ShouldBe(passes);
    }

    [Fact]
    public void MaternityLeave_IsNotAddedToOtherAbsences()
    {
        // 39 days of sick leave and a long maternity leave: only the sick leave is absence.
        var result = AdvancedWorker(
            new LeaveFact(LeaveKind.Maternity, new DateOnly(2025, 6, 2), new DateOnly(2025, 11, 30)),
            new LeaveFact(LeaveKind.Sickness, new DateOnly(2025, 3, 3), new DateOnly(2025, 4, 24)));

        var rule = Rule(result, "ldtt.time_worked");
        rule.Passed.ShouldBeTrue();
        rule.Facts.ShouldContain("absent 39 working days");
    }

    [Theory]
    [InlineData("2024-09-01", "2024-12-31", 0)]
    [InlineData("2024-09-01", "2025-01-01", 1)]
    [InlineData("2025-11-28", null, 2)]
    [InlineData("2025-12-01", null, 1)]
    [InlineData("2025-12-02", null, 0)]
    [InlineData("2025-12-31", "2025-12-31", 1)]
    [InlineData("2026-01-01", "2026-01-31", 0)]
    public void OnlyTheDaysInsideTheRatingYear_AndUpToTheEvaluationDateForAnOpenLeave_AreCounted(string from, string? to, int days)
    {
        var result = AdvancedWorker(new LeaveFact(
            LeaveKind.Unpaid,
            DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)));

        var facts = Rule(result, "ldtt.time_worked").Facts;
        if (days == 0)
        {
            facts.ShouldContain("no other leave in 2025");
        }
        else
        {
            facts.ShouldContain($"absent {days} working days in 2025");
        }
    }

    [Fact]
    public void TimeWorked_IsAskedOnlyOfAnnualIndividualTitles()
    {
        var leaves = new[] { new LeaveFact(LeaveKind.Sickness, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)) };
        var facts = new PersonFacts("Nguyễn Thị Lan", new UnitId(Guid.NewGuid()), new Dictionary<int, PerformanceRating>(), [], [], []) { Leaves = leaves };

        var fighter = EligibilityEngine.EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, CommendationType.Merit, 2025, facts, Rules, new DateOnly(2025, 12, 1));
        var bangKhen = EligibilityEngine.EvaluatePerson(AwardCatalogue.ProvincialMeritIndividual, CommendationType.Sudden, 2025, facts, Rules, new DateOnly(2025, 12, 1));

        fighter.Rules.ShouldContain(r => r.Rule == "ldtt.time_worked");
        bangKhen.Rules.ShouldNotContain(r => r.Rule == "ldtt.time_worked");
    }
}
