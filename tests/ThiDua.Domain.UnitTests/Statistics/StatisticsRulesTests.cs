using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;
using ThiDua.Domain.Statistics;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.Statistics;

/// <summary>The report period, the classifications and the dated form definitions, at their boundaries.</summary>
public class StatisticsRulesTests
{
    [Fact]
    public void Period_RunsFromFirstDecemberOfThePreviousYearToThirtiethNovember_DueFifteenthDecember()
    {
        var period = ReportingPeriod.ForYear(2025);

        (period.Start, period.End, period.Due).ShouldBe((new DateOnly(2024, 12, 1), new DateOnly(2025, 11, 30), new DateOnly(2025, 12, 15)));
        period.Contains(new DateOnly(2024, 11, 30)).ShouldBeFalse();
        period.Contains(new DateOnly(2024, 12, 1)).ShouldBeTrue();
        period.Contains(new DateOnly(2025, 11, 30)).ShouldBeTrue();
        period.Contains(new DateOnly(2025, 12, 1)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(2025, 11, 29, 2025)]
    [InlineData(2025, 11, 30, 2025)]
    [InlineData(2025, 12, 1, 2026)]
    [InlineData(2025, 12, 31, 2026)]
    [InlineData(2026, 1, 1, 2026)]
    public void YearOf_CountsFromFirstDecember_InTheNextYearsReport(int y, int m, int d, int expected) =>
        ReportingPeriod.YearOf(new DateOnly(y, m, d)).ShouldBe(expected);

    [Fact]
    public void Period_OutsideTheSupportedYears_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ReportingPeriod.ForYear(1999));
        Should.Throw<ArgumentOutOfRangeException>(() => ReportingPeriod.ForYear(2101));
    }

    [Theory]
    [InlineData("2023-01-01", "2023-01-01", MovementDuration.UnderOneYear)]
    [InlineData("2023-01-01", "2023-12-30", MovementDuration.UnderOneYear)]
    [InlineData("2023-01-01", "2023-12-31", MovementDuration.OneYear)]
    [InlineData("2023-06-26", "2024-06-25", MovementDuration.OneYear)]
    [InlineData("2023-01-01", "2024-01-01", MovementDuration.OneToUnderThreeYears)]
    [InlineData("2023-01-01", "2025-12-30", MovementDuration.OneToUnderThreeYears)]
    [InlineData("2023-01-01", "2025-12-31", MovementDuration.ThreeToUnderFiveYears)]
    [InlineData("2021-01-01", "2025-12-30", MovementDuration.ThreeToUnderFiveYears)]
    [InlineData("2021-01-01", "2025-12-31", MovementDuration.FiveYearsOrMore)]
    [InlineData("2020-06-26", "2020-12-31", MovementDuration.UnderOneYear)]
    public void Duration_BandsThePeriodInclusive(string start, string end, MovementDuration expected) =>
        StatisticsClassifier.Duration(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Theory]
    [InlineData(null, RecipientCategory.CivilServant)]
    [InlineData(PositionLevel.Staff, RecipientCategory.CivilServant)]
    [InlineData(PositionLevel.SubUnitDeputy, RecipientCategory.DivisionLeader)]
    [InlineData(PositionLevel.UnitHead, RecipientCategory.DivisionLeader)]
    [InlineData(PositionLevel.DepartmentDeputy, RecipientCategory.DepartmentLeader)]
    [InlineData(PositionLevel.DepartmentHead, RecipientCategory.DepartmentLeader)]
    [InlineData(PositionLevel.ProvinceDeputy, RecipientCategory.MinistryOrProvinceLeader)]
    [InlineData(PositionLevel.ProvinceHead, RecipientCategory.MinistryOrProvinceLeader)]
    public void PositionGroup_FollowsTheHighestLevelHeld(PositionLevel? level, RecipientCategory expected) =>
        StatisticsClassifier.GroupOf(level).ShouldBe(expected);

    [Fact]
    public void Method_FollowsTheCommendationType()
    {
        Enum.GetValues<CommendationType>().Select(StatisticsClassifier.MethodOf).ShouldBe(
            [AwardMethod.Regular, AwardMethod.Thematic, AwardMethod.Sudden, AwardMethod.LongService, AwardMethod.ForeignAffairs]);
    }

    [Fact]
    public void AwardGroup_NamesOrdersMedalsAndTheTypesWithAColumn()
    {
        StatisticsClassifier.AwardGroupOf(AwardCatalogue.LabourOrderThirdClass).ShouldBe("order");
        StatisticsClassifier.AwardGroupOf(AwardCatalogue.GovernmentFlag).ShouldBe("named");
        StatisticsClassifier.AwardGroupOf(AwardCatalogue.ProvincialMeritIndividual).ShouldBe("named");
        StatisticsClassifier.AwardGroupOf("HN_CO_THI_DUA_XUAT_SAC").ShouldBe("other");
    }

    [Fact]
    public void LaunchingLevelAndScope_FollowTheLauncher()
    {
        StatisticsClassifier.LaunchingLevelOf(UnitKind.Other, authorityHasParent: false).ShouldBe(LaunchingLevel.MinistryOrProvince);
        StatisticsClassifier.LaunchingLevelOf(UnitKind.Department, authorityHasParent: true).ShouldBe(LaunchingLevel.AgencyOrUnit);
        StatisticsClassifier.LaunchingLevelOf(UnitKind.Department, authorityHasParent: false).ShouldBe(LaunchingLevel.AgencyOrUnit);
        StatisticsClassifier.ScopeOf(launchedByCluster: true, LaunchingLevel.AgencyOrUnit).ShouldBe(MovementScope.ClusterOrBlock);
        StatisticsClassifier.ScopeOf(launchedByCluster: false, LaunchingLevel.MinistryOrProvince).ShouldBe(MovementScope.MinistryOrLocal);
        StatisticsClassifier.ScopeOf(launchedByCluster: false, LaunchingLevel.AgencyOrUnit).ShouldBe(MovementScope.Agency);
    }

    [Theory]
    [InlineData(1996, AgeBand.From30To39)]
    [InlineData(1995, AgeBand.From30To39)]
    [InlineData(1997, AgeBand.Under30)]
    [InlineData(1967, AgeBand.From50To59)]
    [InlineData(1966, AgeBand.From60)]
    public void AgeBand_IsTheAgeReachedInTheReportYear(int birthYear, AgeBand expected) =>
        ApparatusBands.AgeBandOf(birthYear, 2026).ShouldBe(expected);

    [Theory]
    [InlineData(2022, YearsInFieldBand.Under5)]
    [InlineData(2021, YearsInFieldBand.From5To9)]
    [InlineData(2017, YearsInFieldBand.From5To9)]
    [InlineData(2016, YearsInFieldBand.From10To19)]
    [InlineData(2006, YearsInFieldBand.From20)]
    public void YearsInField_AreCountedToTheReportYear(int since, YearsInFieldBand expected) =>
        ApparatusBands.YearsInFieldOf(since, 2026).ShouldBe(expected);

    [Fact]
    public void Definitions_ApplyFromTheirEffectiveDate_UntilTheirEnd()
    {
        var form = StatisticsFormCatalogue.Forms[0] with { EffectiveFrom = new DateOnly(2025, 11, 30), EffectiveTo = new DateOnly(2026, 11, 30) };

        form.AppliesOn(new DateOnly(2025, 11, 29)).ShouldBeFalse();
        form.AppliesOn(new DateOnly(2025, 11, 30)).ShouldBeTrue();
        form.AppliesOn(new DateOnly(2025, 12, 1)).ShouldBeTrue();
        form.AppliesOn(new DateOnly(2026, 11, 30)).ShouldBeTrue();
        form.AppliesOn(new DateOnly(2026, 12, 1)).ShouldBeFalse();
    }

    [Fact]
    public void Catalogue_Finds2023sFormsFromThe2023Report_AndNoneBefore()
    {
        StatisticsFormCatalogue.Find("0601", ReportingPeriod.ForYear(2022)).ShouldBeNull();
        StatisticsFormCatalogue.Find("0601", ReportingPeriod.ForYear(2023))!.Circular.ShouldBe(StatisticsFormCatalogue.Circular2023);
        StatisticsFormCatalogue.Find("0605", ReportingPeriod.ForYear(2026))!.Code.ShouldBe("0605");
        StatisticsFormCatalogue.Find("0606", ReportingPeriod.ForYear(2026)).ShouldBeNull();
        StatisticsFormCatalogue.Forms.Select(f => f.Code).ShouldBe(["0601", "0602", "0603", "0604", "0605"]);
    }

    [Fact]
    public void Computation_CountsAFactInEveryCellWhoseRowAndColumnItMeets()
    {
        var form = StatisticsFormCatalogue.Find("0601", ReportingPeriod.ForYear(2025))!;
        StatisticsFact Movement(string level, string scope, string duration, string method) => new(
            FactKind.Movement, Guid.NewGuid(), "m",
            new Dictionary<string, string> { [Dimensions.LaunchingLevel] = level, [Dimensions.Scope] = scope, [Dimensions.Duration] = duration, [Dimensions.Method] = method });

        var cells = FormComputation.Compute(form, [
            Movement("agencyOrUnit", "clusterOrBlock", "oneYear", "regular"),
            Movement("agencyOrUnit", "agency", "underOneYear", "thematic"),
            Movement("ministryOrProvince", "ministryOrLocal", "fiveYearsOrMore", "regular"),
            new StatisticsFact(FactKind.Award, Guid.NewGuid(), "not a movement", new Dictionary<string, string>()),
        ]);

        int Count(string row, string column) => cells.Single(c => c.Row == row && c.Column == column).Count;
        (Count("1", "A"), Count("1", "C"), Count("1", "D"), Count("1", "B")).ShouldBe((3, 1, 2, 0));
        (Count("2.3", "D"), Count("2.4", "D"), Count("2.2", "C")).ShouldBe((1, 1, 1));
        (Count("4.1", "A"), Count("4.2", "A"), Count("3.5", "C")).ShouldBe((1, 2, 1));
        cells.ShouldNotContain(c => c.Row == "2" || c.Row == "3" || c.Row == "4"); // headings count nothing
        cells.Count.ShouldBe(form.Rows.Count(r => !r.Heading) * form.Columns.Count);
    }

    [Fact]
    public void AwardClassification_MustFitTheAward()
    {
        var decision = DocumentReference.Create("45/QĐ-UBND", new DateOnly(2025, 1, 15), "UBND tỉnh");
        var collective = AwardRecord.ImportForUnit(AwardCatalogue.ProvincialMeritCollective, Active("BV-1"), 2024, CommendationType.Merit, decision, Now);
        var thematic = AwardRecord.ImportForUnit(AwardCatalogue.CommendationCollective, Active("BV-2"), 2024, CommendationType.Thematic, decision, Now);

        DomainAssert.ShouldViolate(StatisticsErrors.CategoryMismatch, () => collective.ClassifyForStatistics(RecipientCategory.DirectWorker, null, Now));
        DomainAssert.ShouldViolate(StatisticsErrors.MethodMismatch, () => collective.ClassifyForStatistics(null, AwardMethod.Sudden, Now));
        DomainAssert.ShouldViolate(StatisticsErrors.MethodMismatch, () => thematic.ClassifyForStatistics(null, AwardMethod.Seniority, Now));

        thematic.ClassifyForStatistics(RecipientCategory.Household, AwardMethod.Thematic, Now);
        collective.ClassifyForStatistics(RecipientCategory.Enterprise, AwardMethod.Resistance, Now);
        (collective.StatisticsRecipientCategory, collective.StatisticsAwardMethod).ShouldBe((RecipientCategory.Enterprise, AwardMethod.Resistance));
        collective.ClassifyForStatistics(null, null, Now);
        (collective.StatisticsRecipientCategory, collective.StatisticsAwardMethod).ShouldBe((null, null));
    }

    [Fact]
    public void Register_RefusesTheSameReferenceTwice_IgnoringCase()
    {
        var unit = ApparatusUnitEntry.Create("TĐKT", "Văn phòng", ApparatusLevel.Authority, Staffing.PartTime);
        ApparatusStaffEntry Staff(string reference) => ApparatusStaffEntry.Create(reference, Gender.Female, 1990, EducationLevel.University, 2015, Staffing.PartTime);

        var register = ApparatusRegister.Declare(Active("SYT"), 2025, [unit], [Staff("A"), Staff("B")], Now);
        register.Staff.Count.ShouldBe(2);
        DomainAssert.ShouldViolate(StatisticsErrors.DuplicateApparatusEntry, () => register.Replace([unit], [Staff("x"), Staff("X")], Now));
        register.Staff.Count.ShouldBe(2);
        register.Replace([], [], Now);
        (register.Units.Count, register.Staff.Count).ShouldBe((0, 0));
    }
}
