using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.UnitTests.Eligibility;

/// <summary>Every eligibility rule, with cases on both sides of each boundary (issue "Nominations").</summary>
public class EligibilityEngineTests
{
    private static readonly RuleSet Rules = RuleSetCatalogue.Find(RuleSetCatalogue.Law22Decree152)!;
    private static readonly DateOnly AsOf = new(2025, 12, 1);

    private static PersonFacts Person(
        Dictionary<int, PerformanceRating>? ratings = null,
        IReadOnlyList<InitiativeFact>? initiatives = null,
        IReadOnlyList<Discipline>? disciplines = null,
        IReadOnlyList<AwardFact>? awards = null) =>
        new("Nguyễn Thị Lan", new UnitId(Guid.NewGuid()), ratings ?? [], initiatives ?? [], disciplines ?? [], awards ?? []);

    private static InitiativeFact Initiative(int year, InitiativeScope scope = InitiativeScope.Unit, bool used = false) =>
        new(Guid.NewGuid(), $"Sáng kiến {year}", InitiativeKind.Initiative, year, scope, used);

    private static AwardFact Award(string code, int year, CommendationType type = CommendationType.Merit, bool revoked = false) => new(code, year, type, revoked);

    private static Discipline DisciplineOf(DisciplineKind kind, DateOnly from, DateOnly? to)
    {
        var unit = TestUnits.Active("BV-1");
        var person = ThiDua.Domain.People.Person.Register("Nguyễn Thị Lan", Gender.Female, null, null, null, unit, "Bác sĩ", new DateOnly(2015, 1, 1), TestUnits.Now);
        return person.RecordDiscipline(kind, from, to, "Lý do", TestUnits.Doc(), TestUnits.Now);
    }

    private static EligibilityResult EvaluatePerson(string code, PersonFacts facts, int year = 2025, CommendationType type = CommendationType.Merit) =>
        EligibilityEngine.EvaluatePerson(code, type, year, facts, Rules, AsOf);

    private static RuleOutcome Rule(EligibilityResult result, string rule) => result.Rules.Single(r => r.Rule == rule);

    [Theory]
    [InlineData(PerformanceRating.Completed, false)]
    [InlineData(PerformanceRating.Good, true)]
    [InlineData(PerformanceRating.Excellent, true)]
    public void AdvancedWorker_NeedsAtLeastGood(PerformanceRating rating, bool eligible)
    {
        var result = EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(new() { [2025] = rating }));

        result.IsEligible.ShouldBe(eligible);
        Rule(result, "ldtt.rating_good").LegalBasis.ShouldBe("Luật 06/2022/QH15, Điều 24");
    }

    [Fact]
    public void AdvancedWorker_FailsWithoutARating() =>
        Rule(EvaluatePerson(AwardCatalogue.AdvancedWorker, Person()), "ldtt.rating_good").Passed.ShouldBeFalse();

    [Fact]
    public void AnOpenHold_BlocksTheProposal_AndALiftedOneDoesNot()
    {
        var open = DisciplineOf(DisciplineKind.Hold, new DateOnly(2025, 11, 1), null);
        var lifted = DisciplineOf(DisciplineKind.Hold, new DateOnly(2025, 10, 1), new DateOnly(2025, 11, 30));

        Rule(EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(new() { [2025] = PerformanceRating.Good }, disciplines: [open])), "hold.none").Passed.ShouldBeFalse();
        EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(new() { [2025] = PerformanceRating.Good }, disciplines: [lifted])).IsEligible.ShouldBeTrue();
    }

    [Fact]
    public void ADisciplinePeriodInTheYear_Fails_OneEndingTheYearBefore_DoesNot()
    {
        var inYear = DisciplineOf(DisciplineKind.Reprimand, new DateOnly(2024, 6, 1), new DateOnly(2025, 5, 31));
        var before = DisciplineOf(DisciplineKind.Reprimand, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        var good = new Dictionary<int, PerformanceRating> { [2025] = PerformanceRating.Good };

        Rule(EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(good, disciplines: [inYear])), "discipline.none_in_year").Passed.ShouldBeFalse();
        EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(good, disciplines: [before])).IsEligible.ShouldBeTrue();
    }

    [Fact]
    public void GrassrootsFighter_NeedsAdvancedWorkerAndExcellentOrAWork()
    {
        var good = new Dictionary<int, PerformanceRating> { [2025] = PerformanceRating.Good };

        EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, Person(good)).IsEligible.ShouldBeFalse();
        EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, Person(new() { [2025] = PerformanceRating.Excellent })).IsEligible.ShouldBeTrue();
        EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, Person(good, [Initiative(2025)])).IsEligible.ShouldBeTrue();
        EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, Person(good, [Initiative(2024)])).IsEligible.ShouldBeFalse();
    }

    [Fact]
    public void AnInitiativeAlreadyUsed_CannotSupportAnotherAward()
    {
        var result = EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, Person(new() { [2025] = PerformanceRating.Good }, [Initiative(2025, used: true)]));

        var rule = Rule(result, "cstdcs.excellent_or_recognised_work");
        rule.Passed.ShouldBeFalse();
        rule.Facts.ShouldContain("5007/BNV-TĐKT");
    }

    [Theory]
    [InlineData(new[] { 2024, 2025 }, false)]
    [InlineData(new[] { 2023, 2025 }, false)]
    [InlineData(new[] { 2023, 2024, 2025 }, true)]
    public void ProvincialFighter_NeedsThreeConsecutiveGrassrootsTitles(int[] years, bool consecutive)
    {
        var facts = Person(initiatives: [Initiative(2024, InitiativeScope.Province)], awards: years.Select(y => Award(AwardCatalogue.GrassrootsEmulationFighter, y)).ToList());

        var result = EvaluatePerson(AwardCatalogue.ProvincialEmulationFighter, facts);

        Rule(result, "cstd_tinh.consecutive_cstdcs").Passed.ShouldBe(consecutive);
        result.IsEligible.ShouldBe(consecutive);
    }

    [Fact]
    public void ProvincialFighter_ARevokedTitleBreaksTheChain()
    {
        var facts = Person(
            initiatives: [Initiative(2024, InitiativeScope.Province)],
            awards: [Award(AwardCatalogue.GrassrootsEmulationFighter, 2023), Award(AwardCatalogue.GrassrootsEmulationFighter, 2024, revoked: true), Award(AwardCatalogue.GrassrootsEmulationFighter, 2025)]);

        var rule = Rule(EvaluatePerson(AwardCatalogue.ProvincialEmulationFighter, facts), "cstd_tinh.consecutive_cstdcs");

        rule.Passed.ShouldBeFalse();
        rule.Facts.ShouldContain("revoked: 2024");
    }

    [Fact]
    public void ProvincialFighter_SuddenOrThematicTitlesDoNotCount()
    {
        var facts = Person(
            initiatives: [Initiative(2024, InitiativeScope.Province)],
            awards: [Award(AwardCatalogue.GrassrootsEmulationFighter, 2023, CommendationType.Thematic), Award(AwardCatalogue.GrassrootsEmulationFighter, 2024), Award(AwardCatalogue.GrassrootsEmulationFighter, 2025)]);

        EvaluatePerson(AwardCatalogue.ProvincialEmulationFighter, facts).IsEligible.ShouldBeFalse();
    }

    [Fact]
    public void ProvincialFighter_NeedsAnInitiativeOfProvincialScope()
    {
        var titles = new[] { 2023, 2024, 2025 }.Select(y => Award(AwardCatalogue.GrassrootsEmulationFighter, y)).ToList();

        Rule(EvaluatePerson(AwardCatalogue.ProvincialEmulationFighter, Person(initiatives: [Initiative(2025)], awards: titles)), "cstd_tinh.provincial_initiative").Passed.ShouldBeFalse();
        EvaluatePerson(AwardCatalogue.ProvincialEmulationFighter, Person(initiatives: [Initiative(2025, InitiativeScope.National)], awards: titles)).IsEligible.ShouldBeTrue();
    }

    [Fact]
    public void ProvincialMerit_TwoConsecutiveGrassrootsTitles_OrTwoExcellentYearsWithTwoInitiatives()
    {
        var twoTitles = Person(awards: [Award(AwardCatalogue.GrassrootsEmulationFighter, 2024), Award(AwardCatalogue.GrassrootsEmulationFighter, 2025)]);
        var oneTitle = Person(awards: [Award(AwardCatalogue.GrassrootsEmulationFighter, 2025)]);
        var excellent = new Dictionary<int, PerformanceRating> { [2024] = PerformanceRating.Excellent, [2025] = PerformanceRating.Excellent };

        EvaluatePerson(AwardCatalogue.ProvincialMeritIndividual, twoTitles).IsEligible.ShouldBeTrue();
        EvaluatePerson(AwardCatalogue.ProvincialMeritIndividual, oneTitle).IsEligible.ShouldBeFalse();
        EvaluatePerson(AwardCatalogue.ProvincialMeritIndividual, Person(excellent, [Initiative(2024), Initiative(2025)])).IsEligible.ShouldBeTrue();
        EvaluatePerson(AwardCatalogue.ProvincialMeritIndividual, Person(excellent, [Initiative(2025)])).IsEligible.ShouldBeFalse();
        var oneExcellentYear = new Dictionary<int, PerformanceRating> { [2024] = PerformanceRating.Good, [2025] = PerformanceRating.Excellent };
        EvaluatePerson(AwardCatalogue.ProvincialMeritIndividual, Person(oneExcellentYear, [Initiative(2024), Initiative(2025)])).IsEligible.ShouldBeFalse();
    }

    [Fact]
    public void GrassrootsFighter_AnAcceptedScientificWorkOfTheYear_IsTheOtherRoute()
    {
        var work = new InitiativeFact(Guid.NewGuid(), "Đề tài cấp cơ sở", InitiativeKind.ScientificWork, 2025, InitiativeScope.Unit, false);

        var result = EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, Person(new() { [2025] = PerformanceRating.Good }, [work]));

        result.IsEligible.ShouldBeTrue();
        Rule(result, "cstdcs.excellent_or_recognised_work").Facts.ShouldStartWith("Scientific work");
    }

    [Theory]
    [InlineData(1, true, false)] // one CSTĐ tỉnh
    [InlineData(2, false, false)] // two, but only a provincial initiative
    [InlineData(2, true, true)]
    public void NationalFighter_NeedsTwoConsecutiveProvincialTitles_AndANationalInitiative(int titles, bool national, bool eligible)
    {
        var awards = Enumerable.Range(2026 - titles, titles).Select(y => Award(AwardCatalogue.ProvincialEmulationFighter, y)).ToList();
        var initiative = Initiative(2025, national ? InitiativeScope.National : InitiativeScope.Province);

        EvaluatePerson(AwardCatalogue.NationalEmulationFighter, Person(initiatives: [initiative], awards: awards)).IsEligible.ShouldBe(eligible);
    }

    [Theory]
    [InlineData(CommendationType.Thematic)]
    [InlineData(CommendationType.Sudden)]
    public void ProvincialMerit_ThematicAndSuddenRoutesHaveNoPrerequisite(CommendationType type) =>
        EvaluatePerson(AwardCatalogue.ProvincialMeritIndividual, Person(), type: type).IsEligible.ShouldBeTrue();

    [Fact]
    public void ASecondAwardOfTheSameTypeAndYear_Fails_UnlessTheFirstWasRevoked()
    {
        var good = new Dictionary<int, PerformanceRating> { [2025] = PerformanceRating.Good };

        Rule(EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(good, awards: [Award(AwardCatalogue.AdvancedWorker, 2025)])), "award.not_already_held").Passed.ShouldBeFalse();
        EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(good, awards: [Award(AwardCatalogue.AdvancedWorker, 2025, revoked: true)])).IsEligible.ShouldBeTrue();
    }

    [Theory]
    [InlineData(CommendationType.Sudden)]
    [InlineData(CommendationType.Thematic)]
    public void AOneOffAward_NeitherBarsNorIsBarredByAnotherOfTheSameTypeAndYear(CommendationType type)
    {
        var merit = Person(awards: [Award(AwardCatalogue.ProvincialMeritIndividual, 2025)]);
        var oneOff = Person(awards: [Award(AwardCatalogue.ProvincialMeritIndividual, 2025, type)]);

        Rule(EvaluatePerson(AwardCatalogue.ProvincialMeritIndividual, merit, type: type), "award.not_already_held").Passed.ShouldBeTrue();
        Rule(EvaluatePerson(AwardCatalogue.ProvincialMeritIndividual, oneOff), "award.not_already_held").Passed.ShouldBeTrue();
        Rule(EvaluatePerson(AwardCatalogue.ProvincialMeritIndividual, merit), "award.not_already_held").Passed.ShouldBeFalse();
    }

    [Fact]
    public void TheInitiativesReliedOn_AreTheResultsBasis()
    {
        var work = Initiative(2025);
        var result = EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, Person(new() { [2025] = PerformanceRating.Good }, [work]));
        var excellent = EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, Person(new() { [2025] = PerformanceRating.Excellent }, [work]));

        result.BasisInitiativeIds.ShouldBe([work.Id]);
        excellent.BasisInitiativeIds.ShouldBeEmpty(); // rated excellent: the initiative stays free for another award
    }

    [Fact]
    public void ADeclaredBasis_IsTheOnlyOneConsidered_AndMustNotHaveSupportedAnotherAward()
    {
        var good = new Dictionary<int, PerformanceRating> { [2025] = PerformanceRating.Good };
        var unused = Initiative(2025);
        var used = Initiative(2025, used: true);
        var facts = Person(good, [unused, used]);

        var declaredUsed = EligibilityEngine.EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, CommendationType.Merit, 2025, facts, Rules, AsOf, [used.Id]);
        var declaredUnused = EligibilityEngine.EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, CommendationType.Merit, 2025, facts, Rules, AsOf, [unused.Id]);

        Rule(declaredUsed, "initiative.basis_unused").Passed.ShouldBeFalse();
        Rule(declaredUsed, "initiative.basis_unused").LegalBasis.ShouldContain("5007/BNV-TĐKT");
        Rule(declaredUsed, "cstdcs.excellent_or_recognised_work").Passed.ShouldBeFalse(); // the free initiative was not declared
        declaredUnused.IsEligible.ShouldBeTrue();
        declaredUnused.BasisInitiativeIds.ShouldBe([unused.Id]);
    }

    [Fact]
    public void AProvincialFighter_UsesUpTheProvincialInitiative()
    {
        var provincial = Initiative(2024, InitiativeScope.Province);
        var titles = new[] { 2023, 2024, 2025 }.Select(y => Award(AwardCatalogue.GrassrootsEmulationFighter, y)).ToList();

        EvaluatePerson(AwardCatalogue.ProvincialEmulationFighter, Person(initiatives: [provincial], awards: titles)).BasisInitiativeIds.ShouldBe([provincial.Id]);
    }

    private static UnitFacts Unit(
        PerformanceRating? rating, int members, int advancedWorkers, int fighters = 0, int notCompleting = 0, DisciplineKind? discipline = null,
        UnitStatus status = UnitStatus.Active, IReadOnlyList<ClusterStanding>? clusters = null, IReadOnlyList<AwardFact>? awards = null) =>
        new(
            "Bệnh viện Đa khoa tỉnh",
            "Bắc Ninh",
            status,
            rating is { } r ? new Dictionary<int, PerformanceRating> { [2025] = r } : [],
            Enumerable.Range(0, members).Select(i => new MemberFacts(
                $"Thành viên {i}",
                i < notCompleting ? PerformanceRating.NotCompleted : PerformanceRating.Good,
                i < advancedWorkers,
                i < fighters,
                i == members - 1 ? discipline : null)).ToList(),
            awards ?? [],
            clusters ?? []);

    private static EligibilityResult EvaluateUnit(string code, UnitFacts facts, RuleSet? rules = null, CommendationType type = CommendationType.Merit) =>
        EligibilityEngine.EvaluateUnit(code, type, 2025, facts, rules ?? Rules);

    [Theory]
    [InlineData(5, false)] // 5 of 10 = 50 %: the Law asks for more than half
    [InlineData(6, true)]
    public void AdvancedCollective_NeedsMoreThanHalfOfMembersWithAdvancedWorker(int holders, bool eligible) =>
        EvaluateUnit(AwardCatalogue.AdvancedCollective, Unit(PerformanceRating.Good, 10, holders)).IsEligible.ShouldBe(eligible);

    [Theory]
    [InlineData(69, false)]
    [InlineData(70, true)]
    public void AdvancedCollective_WithAProvinceThresholdOf70Percent(int holders, bool eligible)
    {
        var province = Rules with { Eligibility = Rules.Eligibility with { AdvancedCollectiveMemberShare = 0.7m, AdvancedCollectiveShareInclusive = true } };

        EvaluateUnit(AwardCatalogue.AdvancedCollective, Unit(PerformanceRating.Good, 100, holders), province).IsEligible.ShouldBe(eligible);
    }

    [Theory]
    [InlineData(DisciplineKind.Reprimand, true)]
    [InlineData(DisciplineKind.Warning, false)]
    public void AdvancedCollective_NoMemberDisciplinedAtWarningOrAbove(DisciplineKind kind, bool eligible) =>
        EvaluateUnit(AwardCatalogue.AdvancedCollective, Unit(PerformanceRating.Good, 10, 10, discipline: kind)).IsEligible.ShouldBe(eligible);

    [Fact]
    public void AdvancedCollective_NeedsAGoodCollectiveRating() =>
        Rule(EvaluateUnit(AwardCatalogue.AdvancedCollective, Unit(PerformanceRating.Completed, 10, 10)), "ttldtt.rating_good").Passed.ShouldBeFalse();

    [Theory]
    [InlineData(69, false)]
    [InlineData(70, true)]
    public void ExcellentCollective_NeedsSeventyPercentAdvancedWorkers(int holders, bool eligible) =>
        EvaluateUnit(AwardCatalogue.ExcellentCollective, Unit(PerformanceRating.Excellent, 100, holders, fighters: 1)).IsEligible.ShouldBe(eligible);

    [Fact]
    public void ExcellentCollective_NeedsAllMembersCompleting_AndOneGrassrootsFighter()
    {
        Rule(EvaluateUnit(AwardCatalogue.ExcellentCollective, Unit(PerformanceRating.Excellent, 10, 10, fighters: 1, notCompleting: 1)), "ttldxs.all_members_complete").Passed.ShouldBeFalse();
        Rule(EvaluateUnit(AwardCatalogue.ExcellentCollective, Unit(PerformanceRating.Excellent, 10, 10)), "ttldxs.one_grassroots_fighter").Passed.ShouldBeFalse();
        Rule(EvaluateUnit(AwardCatalogue.ExcellentCollective, Unit(PerformanceRating.Good, 10, 10, fighters: 1)), "ttldxs.rating_excellent").Passed.ShouldBeFalse();
    }

    [Theory]
    [InlineData(DisciplineKind.Reprimand, true)]
    [InlineData(DisciplineKind.Warning, false)]
    public void ExcellentCollective_NoMemberDisciplinedAtWarningOrAbove(DisciplineKind kind, bool eligible) =>
        EvaluateUnit(AwardCatalogue.ExcellentCollective, Unit(PerformanceRating.Excellent, 10, 10, fighters: 1, discipline: kind)).IsEligible.ShouldBe(eligible);

    [Fact]
    public void APredecessorsAwardOfTheYear_IsNotTheSuccessorsOwn_ButCountsInItsChains()
    {
        var predecessors = new[] { new AwardFact(AwardCatalogue.ExcellentCollective, 2024, CommendationType.Merit, false, IsOwn: false), new AwardFact(AwardCatalogue.ExcellentCollective, 2025, CommendationType.Merit, false, IsOwn: false) };
        var own = new[] { Award(AwardCatalogue.ExcellentCollective, 2025) };

        Rule(EvaluateUnit(AwardCatalogue.ExcellentCollective, Unit(PerformanceRating.Excellent, 10, 10, fighters: 1, awards: predecessors)), "award.not_already_held").Passed.ShouldBeTrue();
        Rule(EvaluateUnit(AwardCatalogue.ExcellentCollective, Unit(PerformanceRating.Excellent, 10, 10, fighters: 1, awards: own)), "award.not_already_held").Passed.ShouldBeFalse();
        Rule(EvaluateUnit(AwardCatalogue.ProvincialMeritCollective, Unit(PerformanceRating.Good, 10, 10, awards: predecessors)), "bang_khen_tinh_tap_the.merit_route").Passed.ShouldBeTrue();
    }

    [Fact]
    public void CollectiveProvincialMerit_TwoExcellentYears_OrTwoExcellentCollectiveTitles()
    {
        var oneYear = Unit(PerformanceRating.Excellent, 10, 10);
        var twoYears = oneYear with { Ratings = new Dictionary<int, PerformanceRating> { [2024] = PerformanceRating.Excellent, [2025] = PerformanceRating.Excellent } };
        var titles = Unit(PerformanceRating.Good, 10, 10, awards: [Award(AwardCatalogue.ExcellentCollective, 2024), Award(AwardCatalogue.ExcellentCollective, 2025)]);

        EvaluateUnit(AwardCatalogue.ProvincialMeritCollective, oneYear).IsEligible.ShouldBeFalse();
        EvaluateUnit(AwardCatalogue.ProvincialMeritCollective, twoYears).IsEligible.ShouldBeTrue();
        EvaluateUnit(AwardCatalogue.ProvincialMeritCollective, titles).IsEligible.ShouldBeTrue();
    }

    [Fact]
    public void ProvincialFlag_GoesToTheLeadingUnitOfAFinalizedRanking()
    {
        var leader = Unit(PerformanceRating.Excellent, 10, 10, clusters: [new ClusterStanding("Khối thi đua tổng hợp", true, true, true)]);
        var second = Unit(PerformanceRating.Excellent, 10, 10, clusters: [new ClusterStanding("Khối thi đua tổng hợp", true, true, false)]);
        var notFinal = Unit(PerformanceRating.Excellent, 10, 10, clusters: [new ClusterStanding("Khối thi đua tổng hợp", true, false, true)]);
        var hospitalGrouping = Unit(PerformanceRating.Excellent, 10, 10, clusters: [new ClusterStanding("Cụm các khoa nội", false, true, true)]);

        EvaluateUnit(AwardCatalogue.ProvincialFlag, leader).IsEligible.ShouldBeTrue();
        EvaluateUnit(AwardCatalogue.ProvincialFlag, second).IsEligible.ShouldBeFalse();
        EvaluateUnit(AwardCatalogue.ProvincialFlag, notFinal).IsEligible.ShouldBeFalse();
        Rule(EvaluateUnit(AwardCatalogue.ProvincialFlag, hospitalGrouping), "co_thi_dua_tinh.cluster_leader").Facts.ShouldContain("not organised by the province: Cụm các khoa nội");
        Rule(EvaluateUnit(AwardCatalogue.ProvincialFlag, Unit(PerformanceRating.Excellent, 10, 10)), "co_thi_dua_tinh.cluster_leader").Facts.ShouldContain("Not a member");
    }

    [Theory]
    [InlineData(UnitStatus.Dissolved)]
    [InlineData(UnitStatus.Merged)]
    public void AUnitThatNoLongerExists_IsNotCommended(UnitStatus status) =>
        Rule(EvaluateUnit(AwardCatalogue.AdvancedCollective, Unit(PerformanceRating.Good, 10, 10, status: status)), "unit.active").Passed.ShouldBeFalse();

    [Fact]
    public void EveryOutcome_NamesItsLegalBasis() =>
        EvaluatePerson(AwardCatalogue.ProvincialEmulationFighter, Person()).Rules.ShouldAllBe(r => !string.IsNullOrWhiteSpace(r.LegalBasis) && !string.IsNullOrWhiteSpace(r.Facts));
}
