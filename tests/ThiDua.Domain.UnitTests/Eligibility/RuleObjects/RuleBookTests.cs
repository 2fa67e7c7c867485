using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.Eligibility.Provinces;
using ThiDua.Domain.Eligibility.Rules;
using ThiDua.Domain.People;
using ThiDua.Domain.UnitTests.AwardTypes;
using static ThiDua.Domain.UnitTests.Eligibility.RuleObjects.RuleFacts;

namespace ThiDua.Domain.UnitTests.Eligibility.RuleObjects;

/// <summary>Rules are registered per award type, commendation type, province and rule set, and apply between their dates (ADR 0021).</summary>
public class RuleBookTests
{
    private static readonly Dictionary<int, PerformanceRating> Good = Rated((2025, PerformanceRating.Good));

    /// <summary>A rule that always passes, in force between two dates.</summary>
    private sealed class DatedRule(DateOnly from, DateOnly? to)
        : EligibilityRule<EligibilityEvaluation>("criteria.appraised_by_council", new LegalReference("Văn bản thử", "Điều 1"), from, to)
    {
        public override RuleOutcome Evaluate(EligibilityEvaluation evaluation) => Outcome(true, "in force", null);
    }

    [Fact]
    public void EveryRegisteredRule_IsInTheCatalogue_WithItsLegalBasis()
    {
        var rules = EligibilityRuleBook.People.All.Select(r => (r.Code, r.LegalBasis)).Concat(EligibilityRuleBook.Units.All.Select(r => (r.Code, r.LegalBasis))).ToList();

        rules.Count.ShouldBeGreaterThan(30);
        foreach (var (code, basis) in rules)
        {
            EligibilityRules.Find(code).ShouldNotBeNull($"{code} is not in the rule catalogue");
            basis.Document.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void EachNationalAwardTypeAndCommendationType_IsCoveredByAtMostOneNationalRoute()
    {
        foreach (var type in AwardCatalogue.All)
        {
            foreach (var commendation in Enum.GetValues<CommendationType>())
            {
                var covering = type.RecipientKind == RecipientKind.Individual
                    ? EligibilityRuleBook.People.Routes.Count(r => r.Scope.Covers(new PersonEvaluation(type.Code, commendation, 2025, Person(), Rules, AsOf)))
                    : EligibilityRuleBook.Units.Routes.Count(r => r.Scope.Covers(new UnitEvaluation(type.Code, commendation, 2025, Unit(), Rules, AsOf)));
                covering.ShouldBeLessThanOrEqualTo(1, $"{type.Code} {commendation}");
            }
        }
    }

    [Theory]
    [InlineData("2025-12-31", false)] // the day before it comes into force
    [InlineData("2026-01-01", true)] // the day it does
    [InlineData("2026-01-02", true)]
    [InlineData("2026-12-31", true)] // its last day
    [InlineData("2027-01-01", false)] // the day after
    public void ARule_AppliesBetweenItsDates(string on, bool applies)
    {
        var book = new RuleBook<PersonEvaluation>().Fallback(new DatedRule(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)));
        var date = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture);

        book.Evaluate(new PersonEvaluation(AwardCatalogue.CommendationIndividual, CommendationType.Merit, 2025, Person(), Rules, date)).Count.ShouldBe(applies ? 1 : 0);
    }

    [Fact]
    public void ARoute_LimitedToARuleSet_RunsUnderThatRuleSetOnly()
    {
        var book = new RuleBook<PersonEvaluation>()
            .Route(new RuleScope(AwardCatalogue.CommendationIndividual, RuleSets: new HashSet<string> { Rules98.Code }), new DatedRule(new DateOnly(2024, 1, 1), null))
            .Fallback(new NotAlreadyHeldRule());

        book.Evaluate(new PersonEvaluation(AwardCatalogue.CommendationIndividual, CommendationType.Merit, 2025, Person(), Rules98, new DateOnly(2025, 6, 30)))
            .Single().Facts.ShouldBe("in force");
        book.Evaluate(new PersonEvaluation(AwardCatalogue.CommendationIndividual, CommendationType.Merit, 2025, Person(), Rules, new DateOnly(2025, 7, 1)))
            .Single().Rule.ShouldBe("award.not_already_held");
    }

    [Fact]
    public void WithoutARoute_TheCouncilAppraises_AndAnEmptyBookSaysNothing()
    {
        EvaluatePerson(AwardCatalogue.CommendationIndividual, Person(Good)).Rules.Select(r => r.Rule)
            .ShouldBe(["hold.none", "award.not_already_held", "criteria.appraised_by_council"]);
        new RuleBook<UnitEvaluation>().Evaluate(new UnitEvaluation(AwardCatalogue.CommendationCollective, CommendationType.Merit, 2025, Unit(), Rules, AsOf)).ShouldBeEmpty();
    }

    [Fact]
    public void TheOrderOfOutcomes_IsOpeningRouteClosing()
    {
        EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, Person(Good), declared: [Guid.NewGuid()]).Rules.Select(r => r.Rule).ShouldBe(
        [
            "hold.none", "award.not_already_held", "registration.registered_for_title", "initiative.basis_unused",
            "ldtt.rating_good", "discipline.none_in_year", "cstdcs.excellent_or_recognised_work", "ldtt.time_worked",
        ]);
        EvaluateUnit(AwardCatalogue.ExcellentCollective, Unit()).Rules.Select(r => r.Rule).ShouldBe(
        [
            "unit.active", "award.not_already_held", "registration.registered_for_title",
            "ttldxs.rating_excellent", "ttldxs.all_members_complete", "ttldxs.advanced_worker_share", "ttldxs.one_grassroots_fighter", "ttldxs.no_member_warning",
        ]);
    }

    [Theory]
    [InlineData("2025-06-30", false)]
    [InlineData("2025-07-01", true)]
    [InlineData("2025-07-02", true)]
    public void HaNoi71_ItsRulesApplyToItsOwnTitle_FromTheirDate(string on, bool applies)
    {
        var hanoi = Rules.WithProvincialAwardTypes([ProvincialAwardTypeTests.CongDanThuDo().ToAwardType()], [ProvincialAwardTypeTests.CongDanThuDo().ToAwardRule()]);
        var date = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture);

        var result = EvaluatePerson(HaNoi71.CongDanThuDoUuTu, Person(Good), rules: hanoi, asOf: date);

        result.Has("cong_dan_thu_do.once_per_person").ShouldBe(applies);
        result.Has("cong_dan_thu_do.no_discipline").ShouldBe(applies);
        result.Outcome("criteria.appraised_by_council").LegalBasis.ShouldBe("71/2025/QĐ-UBND (Hà Nội), Điều 3");
    }

    [Fact]
    public void HaNoi71_TheRouteIsHaNoisOnly_AnotherProvincesTypeOfTheSameCodeIsAppraised()
    {
        var other = ProvincialAwardTypeTests.CongDanThuDo().ToAwardType() with { Province = "Bắc Ninh" };
        var rules = Rules.WithProvincialAwardTypes([other], [ProvincialAwardTypeTests.CongDanThuDo().ToAwardRule()]);

        EvaluatePerson(HaNoi71.CongDanThuDoUuTu, Person(Good), rules: rules).Has("cong_dan_thu_do.once_per_person").ShouldBeFalse();
    }

    [Theory]
    [InlineData(new int[0], false, true)]
    [InlineData(new[] { 2019 }, false, false)] // once per person, whatever the year
    [InlineData(new[] { 2019 }, true, true)] // a revoked award does not count
    [InlineData(new[] { 2019, 2022 }, false, false)]
    public void HaNoi71_OncePerPerson(int[] years, bool revoked, bool passes)
    {
        var hanoi = Rules.WithProvincialAwardTypes([ProvincialAwardTypeTests.CongDanThuDo().ToAwardType()], [ProvincialAwardTypeTests.CongDanThuDo().ToAwardRule()]);
        var facts = Person(Good, awards: years.Select(y => Award(HaNoi71.CongDanThuDoUuTu, y, revoked: revoked)).ToList());

        var outcome = EvaluatePerson(HaNoi71.CongDanThuDoUuTu, facts, rules: hanoi).Outcome("cong_dan_thu_do.once_per_person");

        outcome.Passed.ShouldBe(passes);
        outcome.Kind.ShouldBe(RuleKind.Bar);
        outcome.Evidence.Count.ShouldBe(revoked ? 0 : years.Length);
    }

    [Theory]
    [InlineData(DisciplineKind.Reprimand, "2024-01-01", "2024-12-31", true)] // ended the day before the year of achievement
    [InlineData(DisciplineKind.Reprimand, "2024-06-01", "2025-01-01", false)] // ended on its first day
    [InlineData(DisciplineKind.Reprimand, "2025-12-01", null, false)] // started on the evaluation date
    [InlineData(DisciplineKind.Reprimand, "2025-12-02", null, true)] // started the day after
    [InlineData(DisciplineKind.Warning, "2025-03-01", "2025-04-01", false)]
    [InlineData(DisciplineKind.Hold, "2025-03-01", "2025-04-01", true)] // a hold is R4's, not a discipline
    public void HaNoi71_NoDisciplineAtReprimandOrAbove(DisciplineKind kind, string from, string? to, bool passes)
    {
        var hanoi = Rules.WithProvincialAwardTypes([ProvincialAwardTypeTests.CongDanThuDo().ToAwardType()], [ProvincialAwardTypeTests.CongDanThuDo().ToAwardRule()]);
        var discipline = Discipline(kind, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        var outcome = EvaluatePerson(HaNoi71.CongDanThuDoUuTu, Person(Good, disciplines: [discipline]), rules: hanoi).Outcome("cong_dan_thu_do.no_discipline");

        outcome.Passed.ShouldBe(passes);
        outcome.Evidence.Count.ShouldBe(passes ? 0 : 1);
        outcome.LegalBasis.ShouldStartWith("71/2025/QĐ-UBND (Hà Nội), Điều 3–7");
    }
}
