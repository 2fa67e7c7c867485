using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.Eligibility.RuleObjects.RuleFacts;

namespace ThiDua.Domain.UnitTests.Eligibility.RuleObjects;

/// <summary>The rules every award type runs, at their boundaries (ADR 0021).</summary>
public class CommonRulesTests
{
    private static readonly Dictionary<int, PerformanceRating> Good = Rated((2025, PerformanceRating.Good));

    [Theory]
    [InlineData("2025-12-02", null, true)] // starts the day after the evaluation date
    [InlineData("2025-12-01", null, false)] // starts on it
    [InlineData("2025-11-30", null, false)] // started the day before
    [InlineData("2025-10-01", "2025-11-30", true)] // lifted the day before
    [InlineData("2025-10-01", "2025-12-01", false)] // lifted on the day: still in force that day
    [InlineData("2025-10-01", "2025-12-02", false)]
    public void Hold_InForceOnTheEvaluationDate(string from, string? to, bool passes)
    {
        var hold = Discipline(DisciplineKind.Hold, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), "7/QĐ-TTr");

        var outcome = EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(Good, disciplines: [hold])).Outcome("hold.none");

        outcome.Passed.ShouldBe(passes);
        outcome.Evidence.Count.ShouldBe(passes ? 0 : 1);
        if (!passes)
        {
            outcome.Evidence[0].ShouldBe(new EvidenceItem(EvidenceKind.Discipline, "hold", null, null, hold.From, hold.To, "7/QĐ-TTr"));
        }
    }

    [Fact]
    public void Hold_NoneOrADisciplineThatIsNotAHold_Passes_AndTwoOpenHoldsAreBothEvidence()
    {
        EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(Good)).Outcome("hold.none").Passed.ShouldBeTrue();
        EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(Good, disciplines: [Discipline(DisciplineKind.Warning, new DateOnly(2025, 11, 1), null)]))
            .Outcome("hold.none").Passed.ShouldBeTrue();

        var two = EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(Good, disciplines:
        [
            Discipline(DisciplineKind.Hold, new DateOnly(2025, 9, 1), null),
            Discipline(DisciplineKind.Hold, new DateOnly(2025, 11, 1), null),
        ])).Outcome("hold.none");
        two.Passed.ShouldBeFalse();
        two.Facts.ShouldBe("A hold is in force since 2025-09-01.");
        two.Evidence.Count.ShouldBe(2);
        two.Kind.ShouldBe(RuleKind.Bar);
    }

    [Fact]
    public void NotAlreadyHeld_ZeroOneAndTwoAwardsOfTheYear()
    {
        EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(Good)).Outcome("award.not_already_held").Passed.ShouldBeTrue();

        var one = EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(Good, awards: [Award(AwardCatalogue.AdvancedWorker, 2025, decision: "88/QĐ-SYT")])).Outcome("award.not_already_held");
        one.Passed.ShouldBeFalse();
        one.Facts.ShouldBe($"Already holds {AwardCatalogue.AdvancedWorker} for 2025.");
        one.Evidence.ShouldHaveSingleItem().ShouldBe(new EvidenceItem(EvidenceKind.Award, AwardCatalogue.AdvancedWorker, "held", 2025, Document: "88/QĐ-SYT"));

        var two = EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(Good, awards: [Award(AwardCatalogue.AdvancedWorker, 2025), Award(AwardCatalogue.AdvancedWorker, 2025, decision: "2/QĐ-SYT")]));
        two.Outcome("award.not_already_held").Evidence.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(2024, CommendationType.Merit, false, true)] // the year before
    [InlineData(2026, CommendationType.Merit, false, true)] // the year after
    [InlineData(2025, CommendationType.Merit, true, false)] // revoked
    [InlineData(2025, CommendationType.Sudden, false, false)] // a one-off award rewards another achievement
    [InlineData(2025, CommendationType.Thematic, false, false)]
    public void NotAlreadyHeld_OtherYearsRevokedAndOneOffAwardsDoNotBar(int year, CommendationType type, bool revoked, bool _)
    {
        var result = EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(Good, awards: [Award(AwardCatalogue.AdvancedWorker, year, type, revoked)]));

        result.Outcome("award.not_already_held").Passed.ShouldBeTrue();
        result.Outcome("award.not_already_held").Evidence.ShouldBeEmpty();
    }

    [Fact]
    public void NotAlreadyHeld_APredecessorsAwardIsNotTheUnitsOwn_AndAOneOffRequestIsNeverBarred()
    {
        var predecessor = Unit(awards: [Award(AwardCatalogue.ProvincialMeritCollective, 2025, own: false)]);
        EvaluateUnit(AwardCatalogue.ProvincialMeritCollective, predecessor).Outcome("award.not_already_held").Passed.ShouldBeTrue();

        var held = Person(Good, awards: [Award(AwardCatalogue.CommendationIndividual, 2025)]);
        var sudden = EvaluatePerson(AwardCatalogue.CommendationIndividual, held, type: CommendationType.Sudden).Outcome("award.not_already_held");
        sudden.Passed.ShouldBeTrue();
        sudden.Facts.ShouldContain("rewards its own achievement");
    }

    [Fact]
    public void Registration_IsReadForEmulationTitlesOnly_AndPassesWhereTheProvinceDoesNotRequireIt()
    {
        EvaluatePerson(AwardCatalogue.CommendationIndividual, Person(Good)).Has("registration.registered_for_title").ShouldBeFalse();

        var notRequired = EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(Good)).Outcome("registration.registered_for_title");
        notRequired.Passed.ShouldBeTrue();
        notRequired.Evidence.ShouldBeEmpty();
    }

    [Fact]
    public void Registration_WhereRequired_ZeroOneAndTwoRegisteredTitles()
    {
        var required = Rules with { Province = "Bắc Ninh", EmulationRegistration = new RegistrationRequirement(true, "86/2025/QĐ-UBND (Bắc Ninh), Điều 2.3") };

        var none = EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(Good), rules: required, registered: []).Outcome("registration.registered_for_title");
        none.Passed.ShouldBeFalse();
        none.Evidence.ShouldBe([new EvidenceItem(EvidenceKind.Registration, AwardCatalogue.AdvancedWorker, "notRegistered", 2025)]);

        var one = EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(Good), rules: required, registered: [AwardCatalogue.AdvancedWorker]).Outcome("registration.registered_for_title");
        one.Passed.ShouldBeTrue();
        one.LegalBasis.ShouldBe("86/2025/QĐ-UBND (Bắc Ninh), Điều 2.3");

        var others = EvaluatePerson(AwardCatalogue.AdvancedWorker, Person(Good), rules: required, registered: [AwardCatalogue.GrassrootsEmulationFighter, "X_TITLE"]).Outcome("registration.registered_for_title");
        others.Passed.ShouldBeFalse();
        others.Evidence.Select(e => (e.Subject, e.Value)).ShouldBe([(AwardCatalogue.GrassrootsEmulationFighter, "registered"), ("X_TITLE", "registered"), (AwardCatalogue.AdvancedWorker, "notRegistered")]);
    }

    [Fact]
    public void DeclaredBasis_NoneDeclared_TheRuleDoesNotApply_OneUnused_Passes_OneUsedOrUnknown_Fails()
    {
        var unused = Initiative(2025);
        var used = Initiative(2025, used: true, title: "Đã dùng");
        var facts = Person(Rated((2025, PerformanceRating.Good)), [unused, used]);

        EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, facts).Has("initiative.basis_unused").ShouldBeFalse();

        var one = EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, facts, declared: [unused.Id]);
        one.Outcome("initiative.basis_unused").Passed.ShouldBeTrue();
        one.Outcome("initiative.basis_unused").Evidence.ShouldHaveSingleItem().ShouldBe(new EvidenceItem(EvidenceKind.Initiative, unused.Title, "unit", 2025));
        one.Outcome("cstdcs.excellent_or_recognised_work").Basis.ShouldBe([unused.Id]);

        var both = EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, facts, declared: [unused.Id, used.Id]).Outcome("initiative.basis_unused");
        both.Passed.ShouldBeFalse();
        both.Evidence.Select(e => e.Value).ShouldBe(["unit", "unit, alreadyUsed"]);

        var unknown = EvaluatePerson(AwardCatalogue.GrassrootsEmulationFighter, facts, declared: [Guid.NewGuid()]).Outcome("initiative.basis_unused");
        unknown.Passed.ShouldBeFalse();
        unknown.Facts.ShouldBe("1 declared basis initiative(s) are not among the person's recorded initiatives.");
    }

    [Theory]
    [InlineData(UnitStatus.Active, true)]
    [InlineData(UnitStatus.Merged, false)]
    [InlineData(UnitStatus.Dissolved, false)]
    public void UnitActive_NamesTheStatusAsEvidence(UnitStatus status, bool passes)
    {
        var outcome = EvaluateUnit(AwardCatalogue.CommendationCollective, Unit(status: status)).Outcome("unit.active");

        outcome.Passed.ShouldBe(passes);
        outcome.Evidence.ShouldBe([new EvidenceItem(EvidenceKind.UnitStatus, "Bệnh viện Đa khoa", status.ToString().ToLowerInvariant(), null)]);
    }

    [Theory]
    [InlineData(CommendationType.Merit, "Luật 06/2022/QH15, Điều 75")]
    [InlineData(CommendationType.Sudden, "Nghị định 152/2025/NĐ-CP, Điều 4.3 (R3)")]
    [InlineData(CommendationType.Thematic, "Nghị định 152/2025/NĐ-CP, Điều 4.3 (R3)")]
    public void AnAwardTypeWithoutComputedCriteria_IsAppraisedByTheCouncil(CommendationType type, string basis)
    {
        var result = EvaluatePerson(AwardCatalogue.CommendationIndividual, Person(Good), type: type);

        result.Outcome("criteria.appraised_by_council").LegalBasis.ShouldStartWith(basis);
        result.Outcome("criteria.appraised_by_council").Kind.ShouldBe(RuleKind.Judgement);
    }
}
