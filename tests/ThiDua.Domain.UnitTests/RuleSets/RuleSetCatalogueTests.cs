using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Domain.UnitTests.RuleSets;

/// <summary>Rule sets switch by date; each covers every award type; vote thresholds and bonuses at their boundaries.</summary>
public class RuleSetCatalogueTests
{
    [Theory]
    [InlineData("2023-12-31", null)]
    [InlineData("2024-01-01", RuleSetCatalogue.Law22Decree98)]
    [InlineData("2025-06-30", RuleSetCatalogue.Law22Decree98)]
    [InlineData("2025-07-01", RuleSetCatalogue.Law22Decree152)]
    [InlineData("2026-11-23", RuleSetCatalogue.Law22Decree152)]
    public void InForceOn_SwitchesOnTheEffectiveDates(string date, string? expected) =>
        RuleSetCatalogue.InForceOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Code.ShouldBe(expected);

    [Fact]
    public void EveryRuleSet_HasOneRuleForEveryAwardType() =>
        RuleSetCatalogue.All.ShouldAllBe(set =>
            set.Awards.Select(a => a.AwardTypeCode).Order().SequenceEqual(AwardCatalogue.All.Select(a => a.Code).Order()));

    [Fact]
    public void RuleSets_DoNotOverlap() =>
        RuleSetCatalogue.All.Zip(RuleSetCatalogue.All.Skip(1)).ShouldAllBe(pair => pair.First.EffectiveTo!.Value.AddDays(1) == pair.Second.EffectiveFrom);

    [Theory]
    [InlineData(799, false)]
    [InlineData(800, true)]
    public void GrassrootsFighter_Needs80PercentOfAllMembers(int yes, bool passes) =>
        RuleSetCatalogue.Find(RuleSetCatalogue.Law22Decree152)!.RuleFor(AwardCatalogue.GrassrootsEmulationFighter).Vote
            .IsMet(yes, members: 1000, present: 1000).ShouldBe(passes);

    [Fact]
    public void GrassrootsFighter_CountsAbsentMembersAgainst()
    {
        var vote = RuleSetCatalogue.Find(RuleSetCatalogue.Law22Decree152)!.RuleFor(AwardCatalogue.GrassrootsEmulationFighter).Vote;

        // 12 of 15 members = 80 % pass; 11 of 15 (every one of the 11 present) does not.
        vote.IsMet(yes: 12, members: 15, present: 12).ShouldBeTrue();
        vote.IsMet(yes: 11, members: 15, present: 11).ShouldBeFalse();
    }

    [Theory]
    [InlineData(8, false)]
    [InlineData(9, true)]
    public void ProvincialFighter_Needs90PercentOfAllMembers(int yes, bool passes) =>
        RuleSetCatalogue.Find(RuleSetCatalogue.Law22Decree98)!.RuleFor(AwardCatalogue.ProvincialEmulationFighter).Vote
            .IsMet(yes, members: 10, present: 10).ShouldBe(passes);

    [Theory]
    [InlineData("2024-06-30", 1_800_000)]
    [InlineData("2024-07-01", 2_340_000)]
    public void BaseSalary_IsTheOneInForce(string date, long amount) =>
        BaseSalary.InForceOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))!.AmountVnd.ShouldBe(amount);

    [Theory]
    [InlineData(0.3, 2_340_000, 710_000)] // 702,000 rounded up
    [InlineData(8, 2_340_000, 18_720_000)] // provincial flag, exact
    [InlineData(1.5, 1_800_000, 2_700_000)]
    public void Bonus_IsCoefficientTimesBaseSalary_RoundedUpTo10000(decimal coefficient, long baseSalary, long expected) =>
        new BaseSalary(new DateOnly(2024, 7, 1), baseSalary, "test").BonusFor(coefficient).ShouldBe(expected);
}
