using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.Eligibility;

/// <summary>The facts the rules read are derived in Domain from the records (ADR 0021); Infrastructure only loads them.</summary>
public class EligibilityFactsBuilderTests
{
    private static readonly OrganisationUnit Hospital = Active("BV-A");
    private static readonly OrganisationUnit Centre = Active("TT-B");

    private static Person Lan(DateOnly? from = null) =>
        Person.Register("Nguyễn Thị Lan", Gender.Female, null, null, null, Hospital, "Bác sĩ", from ?? new DateOnly(2015, 1, 1), Now);

    private static AwardRecord Title(Person person, string code, int year, IReadOnlyList<Guid>? basis = null, string decision = "45/QĐ-SYT") =>
        AwardRecord.ImportForPerson(code, person, Hospital, year, CommendationType.Merit, Doc(decision), basis ?? [], Now);

    [Fact]
    public void UsedInitiatives_ZeroOneAndTwoAwards_ARevokedAwardFreesItsBasis()
    {
        var person = Lan();
        var a = person.RecordInitiative("Sáng kiến A", InitiativeKind.Initiative, 2024, InitiativeScope.Unit, "Hội đồng sáng kiến", Doc("1/QĐ-HĐSK"), Now);
        var b = person.RecordInitiative("Sáng kiến B", InitiativeKind.Initiative, 2025, InitiativeScope.Province, "UBND tỉnh", Doc("2/QĐ-UBND"), Now);
        var first = Title(person, AwardCatalogue.GrassrootsEmulationFighter, 2024, [a.Id]);
        var second = Title(person, AwardCatalogue.GrassrootsEmulationFighter, 2025, [b.Id]);

        EligibilityFactsBuilder.UsedInitiatives([]).ShouldBeEmpty();
        EligibilityFactsBuilder.UsedInitiatives([first]).ShouldBe(new HashSet<Guid> { a.Id });
        EligibilityFactsBuilder.UsedInitiatives([first, second]).Count.ShouldBe(2);

        second.Revoke(RevocationGround.FalseDossier, Doc("9/QĐ-SYT"), "Hồ sơ không đúng", Now);
        EligibilityFactsBuilder.UsedInitiatives([first, second]).ShouldBe(new HashSet<Guid> { a.Id });

        var facts = EligibilityFactsBuilder.ForPerson(person, [first, second]);
        facts.Initiatives.Select(i => (i.Title, i.AlreadyUsed)).ShouldBe([("Sáng kiến A", true), ("Sáng kiến B", false)]);
        facts.Awards.Select(f => (f.Year, f.IsRevoked, f.DecisionNumber)).ShouldBe([(2024, false, "45/QĐ-SYT"), (2025, true, "45/QĐ-SYT")]);
    }

    [Fact]
    public void ForPerson_CarriesRatingsDisciplinesLeavesPositionsAndRetirement()
    {
        var person = Lan();
        person.RecordRating(2025, PerformanceRating.Excellent, null, Now);
        person.RecordDiscipline(DisciplineKind.Reprimand, new DateOnly(2023, 1, 1), new DateOnly(2023, 6, 30), "Lý do", Doc("3/QĐ"), Now);
        person.RecordLeave(LeaveKind.Maternity, new DateOnly(2025, 1, 6), new DateOnly(2025, 7, 5), Doc("4/QĐ"), new DateOnly(2025, 12, 1), Now);
        person.RecordPosition("Trưởng khoa", PositionLevel.SubUnitHead, new DateOnly(2018, 1, 1), null, Doc("5/QĐ"), new DateOnly(2025, 12, 1), Now);

        var facts = EligibilityFactsBuilder.ForPerson(person, []);

        facts.Ratings.ShouldBe(new Dictionary<int, PerformanceRating> { [2025] = PerformanceRating.Excellent });
        facts.Disciplines.ShouldHaveSingleItem().Kind.ShouldBe(DisciplineKind.Reprimand);
        facts.Leaves.ShouldBe([new LeaveFact(LeaveKind.Maternity, new DateOnly(2025, 1, 6), new DateOnly(2025, 7, 5))]);
        facts.Positions.ShouldHaveSingleItem().Level.ShouldBe(PositionLevel.SubUnitHead);
        facts.Gender.ShouldBe(Gender.Female);
        facts.Retirement.ShouldBeNull();
    }

    [Theory]
    [InlineData("2024-12-31", 2024, true, true)] // moved on 31/12: a member of both that year
    [InlineData("2024-12-31", 2025, false, true)] // and of the new unit only the next
    [InlineData("2025-01-01", 2024, true, false)] // moved on 1/1: the old unit's employment ended the day before
    [InlineData("2025-01-01", 2025, false, true)]
    [InlineData("2025-01-02", 2025, true, true)] // moved on 2/1: a member of both in 2025
    public void IsMemberIn_FollowsEmploymentAcrossTheYearBoundary(string movedOn, int year, bool memberOfOld, bool memberOfNew)
    {
        var person = Lan();
        person.Transfer(Centre, "Bác sĩ", DateOnly.Parse(movedOn, System.Globalization.CultureInfo.InvariantCulture), Now);

        EligibilityFactsBuilder.IsMemberIn(person, Hospital.Id, year).ShouldBe(memberOfOld);
        EligibilityFactsBuilder.IsMemberIn(person, Centre.Id, year).ShouldBe(memberOfNew);
    }

    [Fact]
    public void IsMemberIn_NotBeforeTheEmploymentStarts() =>
        EligibilityFactsBuilder.IsMemberIn(Lan(new DateOnly(2025, 1, 1)), Hospital.Id, 2024).ShouldBeFalse();

    [Fact]
    public void MemberOf_CountsUnrevokedTitlesOfTheYear_AndTheMostSevereDisciplineTouchingIt()
    {
        var person = Lan();
        person.RecordRating(2025, PerformanceRating.Good, null, Now);
        person.RecordDiscipline(DisciplineKind.Reprimand, new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 1), "Lý do", Doc("1/QĐ"), Now);
        person.RecordDiscipline(DisciplineKind.Warning, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), "Lý do", Doc("2/QĐ"), Now);
        person.RecordDiscipline(DisciplineKind.Hold, new DateOnly(2025, 4, 1), null, "Đang xem xét", Doc("3/QĐ"), Now);
        var revoked = Title(person, AwardCatalogue.GrassrootsEmulationFighter, 2025);
        revoked.Revoke(RevocationGround.FalseDossier, Doc("9/QĐ-SYT"), "Hồ sơ không đúng", Now);
        var lastYear = Title(person, AwardCatalogue.AdvancedWorker, 2024);

        var none = EligibilityFactsBuilder.MemberOf(person, 2025, [revoked, lastYear]);
        none.ShouldBe(new MemberFacts("Nguyễn Thị Lan", PerformanceRating.Good, false, false, DisciplineKind.Reprimand));

        var one = EligibilityFactsBuilder.MemberOf(person, 2025, [Title(person, AwardCatalogue.AdvancedWorker, 2025)]);
        one.HoldsAdvancedWorker.ShouldBeTrue();
        one.HoldsGrassrootsFighter.ShouldBeFalse();

        EligibilityFactsBuilder.MemberOf(person, 2024, [lastYear]).ShouldBe(new MemberFacts("Nguyễn Thị Lan", null, true, false, DisciplineKind.Warning));
        EligibilityFactsBuilder.MemberOf(person, 2026, []).MostSevereDiscipline.ShouldBeNull();
    }

    [Fact]
    public void ForUnit_KeepsTheYearsMembers_AndMarksAPredecessorsAwardAsNotItsOwn()
    {
        var unit = Active("BV-C");
        var predecessor = Active("BV-OLD");
        unit.RecordRating(2025, PerformanceRating.Excellent, null, Now);
        var member = Person.Register("Trần Văn Bình", Gender.Male, null, null, null, unit, "Điều dưỡng", new DateOnly(2020, 1, 1), Now);
        var newcomer = Person.Register("Lê Thị Cúc", Gender.Female, null, null, null, unit, "Dược sĩ", new DateOnly(2026, 1, 1), Now);
        var own = AwardRecord.ImportForUnit(AwardCatalogue.ExcellentCollective, unit, 2024, CommendationType.Merit, Doc("7/QĐ-UBND"), Now);
        var old = AwardRecord.ImportForUnit(AwardCatalogue.ExcellentCollective, predecessor, 2023, CommendationType.Merit, Doc("6/QĐ-UBND"), Now);
        var standing = new ClusterStanding("Cụm số I", true, true, true);

        var facts = EligibilityFactsBuilder.ForUnit(unit, 2025, [member, newcomer], [], [own, old], [standing]);

        facts.Members.Select(m => m.FullName).ShouldBe(["Trần Văn Bình"]);
        facts.Awards.Select(a => (a.Year, a.IsOwn, a.DecisionNumber)).ShouldBe([(2024, true, "7/QĐ-UBND"), (2023, false, "6/QĐ-UBND")]);
        facts.Ratings[2025].ShouldBe(PerformanceRating.Excellent);
        facts.Clusters.ShouldBe([standing]);
    }

    [Theory]
    [InlineData(UnitKind.Department, true)] // a Sở
    [InlineData(UnitKind.Other, true)] // the People's Committee or its council
    [InlineData(UnitKind.Hospital, false)] // a hospital grouping its own departments
    [InlineData(null, false)]
    public void ClusterStanding_OrganisedByTheProvince_ByItsManagingAuthority(UnitKind? authority, bool provincial)
    {
        var unit = new UnitId(Guid.NewGuid());

        var standing = EligibilityFactsBuilder.ClusterStandingOf("Cụm số I", authority, CovenantStatus.Finalized, [unit], unit);

        standing.OrganisedByProvince.ShouldBe(provincial);
        standing.QualifiesForProvincialFlag.ShouldBe(provincial);
    }

    [Fact]
    public void ClusterStanding_LeadsOnlyAFinalizedRankingThatNamesIt()
    {
        var unit = new UnitId(Guid.NewGuid());
        var other = new UnitId(Guid.NewGuid());

        EligibilityFactsBuilder.ClusterStandingOf("Cụm", UnitKind.Department, null, [], unit).ShouldBe(new ClusterStanding("Cụm", true, false, false));
        EligibilityFactsBuilder.ClusterStandingOf("Cụm", UnitKind.Department, CovenantStatus.Draft, [unit], unit).IsLeadingUnit.ShouldBeFalse();
        EligibilityFactsBuilder.ClusterStandingOf("Cụm", UnitKind.Department, CovenantStatus.Finalized, [other], unit).IsLeadingUnit.ShouldBeFalse();
        EligibilityFactsBuilder.ClusterStandingOf("Cụm", UnitKind.Department, CovenantStatus.Finalized, [other, unit], unit).IsLeadingUnit.ShouldBeTrue();
    }

    [Theory]
    [InlineData(0, new int[0])]
    [InlineData(1, new[] { 2025 })]
    [InlineData(2, new[] { 2024, 2025 })]
    [InlineData(3, new[] { 2023, 2024, 2025 })]
    public void EligibilityYears_EndingInTheYear(int count, int[] years) => EligibilityYears.Ending(2025, count).ShouldBe(years);

    [Theory]
    [InlineData("2025-01-04", "2025-01-05", 0)] // a weekend
    [InlineData("2025-01-03", "2025-01-06", 2)] // Friday to Monday
    [InlineData("2025-01-06", "2025-01-05", 0)] // ends before it starts
    [InlineData("2025-01-01", "2025-12-31", 261)]
    public void LeaveDays_WorkingDays(string from, string to, int days) =>
        LeaveDays.WorkingDays(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(days);

    [Fact]
    public void HeldTime_WholeMonthsThenDays_AndLeftoverDaysMakeMonthsWhenAdded()
    {
        HeldTime.Between(new DateOnly(2020, 1, 31), new DateOnly(2020, 3, 1)).ShouldBe(new HeldTime(1, 1));
        HeldTime.Between(new DateOnly(2020, 1, 1), new DateOnly(2021, 1, 1)).ShouldBe(new HeldTime(12, 0));
        (new HeldTime(2, 20) + new HeldTime(1, 15)).ShouldBe(new HeldTime(4, 5));
        (HeldTime.Zero + new HeldTime(1, 29)).ShouldBe(new HeldTime(1, 29));
        new HeldTime(14, 3).ToString().ShouldBe("1 y 2 m 3 d");
    }

    [Fact]
    public void LeadershipRecord_AfterALongServiceAward_CountsOnlyTheLaterPeriod_CutAtTheEvaluationDate()
    {
        var facts = new PersonFacts("Trần Thị Hoa", new UnitId(Guid.NewGuid()), new Dictionary<int, PerformanceRating>(), [], [],
            [new AwardFact(AwardCatalogue.LabourOrderThirdClass, 2019, CommendationType.LongService, false)])
        {
            Positions =
            [
                new PositionFact("Trưởng khoa", PositionLevel.SubUnitHead, new DateOnly(2010, 1, 1), new DateOnly(2015, 12, 31)),
                new PositionFact("Giám đốc Bệnh viện", PositionLevel.UnitHead, new DateOnly(2016, 1, 1), null),
                new PositionFact("Bác sĩ", PositionLevel.Staff, new DateOnly(2005, 1, 1), null),
            ],
        };

        var record = LeadershipRecord.Of(facts, new DateOnly(2025, 12, 31));

        record.LastLongServiceAward.ShouldBe(2019);
        record.Periods.ShouldHaveSingleItem().ShouldBe(new PositionFact("Giám đốc Bệnh viện", PositionLevel.UnitHead, new DateOnly(2020, 1, 1), new DateOnly(2025, 12, 31)));
        record.ByLevel[PositionLevel.UnitHead].ShouldBe(new HeldTime(72, 0));
    }
}
