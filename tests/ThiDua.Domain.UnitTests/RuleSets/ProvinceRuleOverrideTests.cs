using ThiDua.Domain.RuleSets;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.RuleSets;

/// <summary>A province's parameters apply from their date, the latest first; the Law's apply otherwise.</summary>
public class ProvinceRuleOverrideTests
{
    private static readonly RuleSet Rules = RuleSetCatalogue.Find(RuleSetCatalogue.Law22Decree152)!;

    private static ProvinceRuleOverride Override(string from, decimal share) =>
        ProvinceRuleOverride.Create(
            "Bắc Ninh", DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), share, true,
            ThiDua.Domain.Common.DocumentReference.Create("86/2025/QĐ-UBND", new DateOnly(2025, 6, 20), "UBND tỉnh Bắc Ninh"), "Điều 4.2", Now);

    [Theory]
    [InlineData("2025-06-30", 0.5, false)]
    [InlineData("2025-07-01", 0.7, true)]
    [InlineData("2026-01-01", 0.75, true)]
    public void Apply_TakesTheLatestOverrideInForce(string date, decimal share, bool inclusive)
    {
        var applied = ProvinceRuleOverride.Apply(
            Rules, [Override("2025-07-01", 0.7m), Override("2026-01-01", 0.75m)], DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        (applied.Eligibility.AdvancedCollectiveMemberShare, applied.Eligibility.AdvancedCollectiveShareInclusive).ShouldBe((share, inclusive));
    }

    [Fact]
    public void Apply_NamesTheProvincialRegulation() =>
        ProvinceRuleOverride.Apply(Rules, [Override("2025-07-01", 0.7m)], new DateOnly(2025, 8, 1)).Eligibility.AdvancedCollectiveBasis
            .ShouldBe("86/2025/QĐ-UBND (Bắc Ninh), Điều 4.2");

    [Fact]
    public void Create_RefusesAShareAbove100Percent_AndADateBeforeTheRegulation()
    {
        DomainAssert.ShouldViolate(RuleSetErrors.ShareOutOfRange, () => Override("2025-07-01", 1.2m));
        DomainAssert.ShouldViolate(RuleSetErrors.OverrideBeforeItsRegulation, () => Override("2025-06-01", 0.7m));
    }
}
