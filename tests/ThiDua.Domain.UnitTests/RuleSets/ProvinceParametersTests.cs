using System.Globalization;
using ThiDua.Domain.Common;
using ThiDua.Domain.RuleSets;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.RuleSets;

/// <summary>
/// A province's parameter versions apply from their date, the latest first, each citing the regulation; a parameter a
/// version leaves out, or a province without versions, takes the national value and citation (ADR 0016).
/// </summary>
public class ProvinceParametersTests
{
    private static readonly RuleSet Rules = RuleSetCatalogue.Find(RuleSetCatalogue.Law22Decree152)!;
    private static readonly DocumentReference BN86 = DocumentReference.Create("86/2025/QĐ-UBND", new DateOnly(2025, 6, 20), "UBND tỉnh Bắc Ninh");

    private static DateOnly D(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);

    private static ProvinceParameterValues Share(decimal share) => new(new MemberShareParameter(share, true, "Điều 4.2"), null, null, null, null);

    private static ProvinceParameters Version(string from, ProvinceParameterValues values, DocumentReference? basis = null) =>
        ProvinceParameters.Create("Bắc Ninh", D(from), basis ?? BN86, values, Now);

    private static ProvinceParameterValues BacNinh86 => new(
        new MemberShareParameter(0.7m, true, "Điều 4.2"),
        null,
        new AttendanceParameter(0.8m, "Điều 8.4.b"),
        new RegistrationParameter(true, "Điều 2.3"),
        "Điều 3.1");

    [Theory]
    [InlineData("2025-06-30", 0.5, false)] // the day before the first version: the Law
    [InlineData("2025-07-01", 0.7, true)] // the day it starts
    [InlineData("2025-12-31", 0.7, true)] // the day before the next one
    [InlineData("2026-01-01", 0.75, true)] // the day the next one supersedes it
    public void Apply_TakesTheLatestVersionInForce(string date, decimal share, bool inclusive)
    {
        var applied = ProvinceParameters.Apply(Rules, [Version("2025-07-01", Share(0.7m)), Version("2026-01-01", Share(0.75m))], D(date));

        (applied.Eligibility.AdvancedCollectiveMemberShare, applied.Eligibility.AdvancedCollectiveShareInclusive).ShouldBe((share, inclusive));
    }

    [Fact]
    public void Apply_NamesTheProvincialRegulation() =>
        ProvinceParameters.Apply(Rules, [Version("2025-07-01", Share(0.7m))], new DateOnly(2025, 8, 1)).Eligibility.AdvancedCollectiveBasis
            .ShouldBe("86/2025/QĐ-UBND (Bắc Ninh), Điều 4.2");

    [Fact]
    public void AProvinceWithoutVersions_GetsTheNationalValuesAndCitations()
    {
        var applied = ProvinceParameters.Apply(Rules, [], new DateOnly(2025, 8, 1));

        applied.ShouldBeSameAs(Rules);
        applied.Province.ShouldBeNull();
        applied.AwardSessionAttendance.ShouldBeNull();
        applied.EmulationRegistration.ShouldBe(RegistrationRequirement.National);
        applied.EmulationRegistration.Required.ShouldBeFalse();
        applied.Eligibility.ProvincialFlagBasis.ShouldBe("Luật 06/2022/QH15, Điều 26");
        applied.Eligibility.AdvancedCollectiveBasis.ShouldStartWith("Luật 06/2022/QH15, Điều 28");
    }

    [Fact]
    public void BacNinh86_SetsAttendanceR12AndTheFlagArticle_EachCitingItsArticle()
    {
        var applied = ProvinceParameters.Apply(Rules, [Version("2025-07-01", BacNinh86)], new DateOnly(2025, 8, 1));

        applied.Province.ShouldBe("Bắc Ninh");
        applied.AwardSessionAttendance.ShouldBe(new SessionAttendance(0.8m, "86/2025/QĐ-UBND (Bắc Ninh), Điều 8.4.b"));
        applied.EmulationRegistration.ShouldBe(new RegistrationRequirement(true, "86/2025/QĐ-UBND (Bắc Ninh), Điều 2.3"));
        applied.Eligibility.ProvincialFlagBasis.ShouldBe("Luật 06/2022/QH15, Điều 26; 86/2025/QĐ-UBND (Bắc Ninh), Điều 3.1");
        applied.Eligibility.ExcellentCollectiveMemberShare.ShouldBe(0.7m); // not set: the Law's
    }

    [Fact]
    public void ALaterVersion_SupersedesTheEarlierAsAWhole()
    {
        var versions = new[] { Version("2025-07-01", BacNinh86), Version("2026-01-01", Share(0.75m)) };

        var later = ProvinceParameters.Apply(Rules, versions, new DateOnly(2026, 1, 1));

        later.AwardSessionAttendance.ShouldBeNull();
        later.EmulationRegistration.Required.ShouldBeFalse();
        later.Eligibility.ProvincialFlagBasis.ShouldBe("Luật 06/2022/QH15, Điều 26");
        ProvinceParameters.Apply(Rules, versions, new DateOnly(2025, 12, 31)).AwardSessionAttendance!.Share.ShouldBe(0.8m);
    }

    [Fact]
    public void ExcellentCollectiveShare_IsAProvinceParameterToo()
    {
        var applied = ProvinceParameters.Apply(
            Rules, [Version("2025-07-01", new ProvinceParameterValues(null, new MemberShareParameter(0.8m, true, "Điều 3.2"), null, null, null))], new DateOnly(2025, 8, 1));

        (applied.Eligibility.ExcellentCollectiveMemberShare, applied.Eligibility.ExcellentCollectiveShareBasis).ShouldBe((0.8m, "86/2025/QĐ-UBND (Bắc Ninh), Điều 3.2"));
    }

    [Fact]
    public void Create_RefusesBadShares_ADateBeforeTheRegulation_AndAnEmptyVersion()
    {
        DomainAssert.ShouldViolate(RuleSetErrors.ShareOutOfRange, () => Version("2025-07-01", Share(1.2m)));
        DomainAssert.ShouldViolate(RuleSetErrors.ShareOutOfRange, () => Version("2025-07-01", Share(0m)));
        DomainAssert.ShouldViolate(
            RuleSetErrors.ShareOutOfRange, () => Version("2025-07-01", new ProvinceParameterValues(null, null, new AttendanceParameter(1.01m, "Điều 8.4.b"), null, null)));
        DomainAssert.ShouldViolate(RuleSetErrors.OverrideBeforeItsRegulation, () => Version("2025-06-19", Share(0.7m)));
        Version("2025-06-20", Share(0.7m)).EffectiveFrom.ShouldBe(new DateOnly(2025, 6, 20)); // the day the regulation is dated
        DomainAssert.ShouldViolate(RuleSetErrors.NoParameter, () => Version("2025-07-01", new ProvinceParameterValues(null, null, null, null, null)));
    }

    [Theory]
    [InlineData(7, 10, false)]
    [InlineData(8, 10, true)]
    [InlineData(10, 10, true)]
    [InlineData(12, 15, true)]
    [InlineData(11, 15, false)]
    [InlineData(1, 1, true)]
    [InlineData(0, 1, false)]
    public void SessionAttendance_IsAShareOfAllMembers(int present, int members, bool met) =>
        new SessionAttendance(0.8m, "x").IsMetBy(present, members).ShouldBe(met);
}
