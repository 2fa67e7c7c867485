using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.UnitTests.AwardTypes;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.Eligibility;

/// <summary>Outcomes cite the text that applies to the unit's province on the date, and R12 follows the province (ADR 0016).</summary>
public class ProvincialEligibilityTests
{
    private static readonly RuleSet National = RuleSetCatalogue.Find(RuleSetCatalogue.Law22Decree152)!;
    private static readonly DocumentReference BN86 = DocumentReference.Create("86/2025/QĐ-UBND", new DateOnly(2025, 6, 20), "UBND tỉnh Bắc Ninh");

    private static RuleSet BacNinh(bool registration = true, string from = "2025-07-01") => ProvinceParameters.Apply(
        National,
        [ProvinceParameters.Create(
            "Bắc Ninh", DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), BN86,
            new ProvinceParameterValues(null, null, new AttendanceParameter(0.8m, "Điều 8.4.b"), new RegistrationParameter(registration, "Điều 2.3"), "Điều 3.1"), Now)],
        new DateOnly(2025, 12, 1));

    private static UnitFacts Leader(string province) => new(
        "Trường Cao đẳng Y tế",
        province,
        UnitStatus.Active,
        new Dictionary<int, PerformanceRating> { [2025] = PerformanceRating.Excellent },
        [new MemberFacts("Thành viên", PerformanceRating.Good, true, false, null)],
        [],
        [new ClusterStanding("Khối thi đua tổng hợp", true, true, true)]);

    private static PersonFacts Lan => new(
        "Nguyễn Thị Lan", new UnitId(Guid.NewGuid()), new Dictionary<int, PerformanceRating> { [2025] = PerformanceRating.Good }, [], [], []);

    private static RuleOutcome Rule(EligibilityResult result, string code) => result.Rules.Single(r => r.Rule == code);

    [Fact]
    public void ProvincialFlag_ForAUnitOfAProvinceWithoutParameters_CitesTheLawOnly()
    {
        var result = EligibilityEngine.EvaluateUnit(AwardCatalogue.ProvincialFlag, CommendationType.Merit, 2025, Leader("Hà Nam"), National);

        Rule(result, "co_thi_dua_tinh.cluster_leader").LegalBasis.ShouldBe("Luật 06/2022/QH15, Điều 26");
        result.Rules.ShouldAllBe(r => !r.LegalBasis.Contains("Bắc Ninh"));
    }

    [Fact]
    public void ProvincialFlag_ForABacNinhUnit_CitesTheLawAndBN86()
    {
        var result = EligibilityEngine.EvaluateUnit(AwardCatalogue.ProvincialFlag, CommendationType.Merit, 2025, Leader("Bắc Ninh"), BacNinh(registration: false));

        Rule(result, "co_thi_dua_tinh.cluster_leader").LegalBasis.ShouldBe("Luật 06/2022/QH15, Điều 26; 86/2025/QĐ-UBND (Bắc Ninh), Điều 3.1");
        result.IsEligible.ShouldBeTrue();
    }

    [Fact]
    public void R12On_AUnitNeedsAnApprovedRegistrationNamingTheTitle()
    {
        var rules = BacNinh();

        var none = EligibilityEngine.EvaluateUnit(AwardCatalogue.ProvincialFlag, CommendationType.Merit, 2025, Leader("Bắc Ninh"), rules);
        var other = EligibilityEngine.EvaluateUnit(AwardCatalogue.ProvincialFlag, CommendationType.Merit, 2025, Leader("Bắc Ninh"), rules, [AwardCatalogue.ExcellentCollective]);
        var named = EligibilityEngine.EvaluateUnit(AwardCatalogue.ProvincialFlag, CommendationType.Merit, 2025, Leader("Bắc Ninh"), rules, [AwardCatalogue.ProvincialFlag]);

        var failed = none.Failures.ShouldHaveSingleItem();
        (failed.Rule, failed.Kind, failed.LegalBasis).ShouldBe(("registration.registered_for_title", RuleKind.Precondition, "86/2025/QĐ-UBND (Bắc Ninh), Điều 2.3"));
        Rule(other, "registration.registered_for_title").Passed.ShouldBeFalse();
        Rule(other, "registration.registered_for_title").Facts.ShouldContain("registered: TTLDXS");
        named.IsEligible.ShouldBeTrue();
    }

    [Fact]
    public void R12On_APersonNeedsTheirNameAgainstTheTitle()
    {
        var rules = BacNinh();

        Rule(EligibilityEngine.EvaluatePerson(AwardCatalogue.AdvancedWorker, CommendationType.Merit, 2025, Lan, rules, new DateOnly(2025, 12, 1)), "registration.registered_for_title")
            .Passed.ShouldBeFalse();
        EligibilityEngine.EvaluatePerson(AwardCatalogue.AdvancedWorker, CommendationType.Merit, 2025, Lan, rules, new DateOnly(2025, 12, 1), registeredTitles: [AwardCatalogue.AdvancedWorker])
            .IsEligible.ShouldBeTrue();
    }

    [Fact]
    public void R12Off_OrNoProvince_TheOutcomeSaysItDoesNotApply()
    {
        var off = Rule(EligibilityEngine.EvaluateUnit(AwardCatalogue.ProvincialFlag, CommendationType.Merit, 2025, Leader("Bắc Ninh"), BacNinh(registration: false)), "registration.registered_for_title");
        var national = Rule(EligibilityEngine.EvaluateUnit(AwardCatalogue.ProvincialFlag, CommendationType.Merit, 2025, Leader("Hà Nam"), National), "registration.registered_for_title");

        (off.Passed, off.Facts, off.LegalBasis).ShouldBe((true, "Does not apply: Bắc Ninh's regulation in force makes registration for emulation a precondition of Cờ thi đua của UBND tỉnh.", "86/2025/QĐ-UBND (Bắc Ninh), Điều 2.3"));
        national.Passed.ShouldBeTrue();
        national.Facts.ShouldStartWith("Does not apply: no provincial regulation");
        national.LegalBasis.ShouldBe(RegistrationRequirement.National.LegalBasis);
    }

    [Fact]
    public void R12_DoesNotConcernCommendationForms()
    {
        var result = EligibilityEngine.EvaluateUnit(AwardCatalogue.CommendationCollective, CommendationType.Merit, 2025, Leader("Bắc Ninh"), BacNinh());

        result.Rules.ShouldNotContain(r => r.Rule == "registration.registered_for_title");
        result.IsEligible.ShouldBeTrue();
    }

    [Fact]
    public void R12_SwitchesOnTheDayItsVersionStarts()
    {
        var versions = new[]
        {
            ProvinceParameters.Create("Bắc Ninh", new DateOnly(2025, 7, 1), BN86, new ProvinceParameterValues(null, null, null, new RegistrationParameter(true, "Điều 2.3"), null), Now),
        };

        Rule(EligibilityEngine.EvaluateUnit(AwardCatalogue.ProvincialFlag, CommendationType.Merit, 2025, Leader("Bắc Ninh"), ProvinceParameters.Apply(National, versions, new DateOnly(2025, 6, 30))), "registration.registered_for_title")
            .Passed.ShouldBeTrue();
        Rule(EligibilityEngine.EvaluateUnit(AwardCatalogue.ProvincialFlag, CommendationType.Merit, 2025, Leader("Bắc Ninh"), ProvinceParameters.Apply(National, versions, new DateOnly(2025, 7, 1))), "registration.registered_for_title")
            .Passed.ShouldBeFalse();
    }

    [Fact]
    public void AProvincialAwardType_IsAppraisedByTheCouncil_CitingItsRegulation_AndR12ReadsItsCategory()
    {
        var type = ProvincialAwardTypeTests.CongDanThuDo();
        var hanoi = National.WithProvincialAwardTypes([type.ToAwardType()], [type.ToAwardRule()]);

        var result = EligibilityEngine.EvaluatePerson(type.Code, CommendationType.Merit, 2025, Lan, hanoi, new DateOnly(2025, 12, 1));

        result.IsEligible.ShouldBeTrue();
        Rule(result, "criteria.appraised_by_council").LegalBasis.ShouldBe("71/2025/QĐ-UBND (Hà Nội), Điều 3");
        Rule(result, "registration.registered_for_title").Passed.ShouldBeTrue();
    }

    [Fact]
    public void EveryRuleTheProvincialPathsEmit_IsCatalogued()
    {
        var emitted = EligibilityEngine.EvaluateUnit(AwardCatalogue.ProvincialFlag, CommendationType.Merit, 2025, Leader("Bắc Ninh"), BacNinh()).Rules.Select(r => r.Rule);

        emitted.ShouldAllBe(code => EligibilityRules.Find(code) != null);
    }
}
