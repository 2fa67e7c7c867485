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
            .IsMet(yes, writtenYes: 0, members: 1000, present: 1000).ShouldBe(passes);

    [Fact]
    public void GrassrootsFighter_CountsAbsentMembersAgainst()
    {
        var vote = RuleSetCatalogue.Find(RuleSetCatalogue.Law22Decree152)!.RuleFor(AwardCatalogue.GrassrootsEmulationFighter).Vote;

        // 12 of 15 members = 80 % pass; 11 of 15 (every one of the 11 present) does not.
        vote.IsMet(yes: 12, writtenYes: 0, members: 15, present: 12).ShouldBeTrue();
        vote.IsMet(yes: 11, writtenYes: 0, members: 15, present: 11).ShouldBeFalse();
    }

    [Theory]
    [InlineData(0, false)] // 11 of 15 in the meeting: 73.3 %
    [InlineData(1, true)] // plus one absent member's written yes: 12 of 15 = 80 %
    public void ThresholdOverAllMembers_CountsAbsentMembersWrittenVotes(int writtenYes, bool passes) =>
        RuleSetCatalogue.Find(RuleSetCatalogue.Law22Decree152)!.RuleFor(AwardCatalogue.GrassrootsEmulationFighter).Vote
            .IsMet(yes: 11, writtenYes, members: 15, present: 11).ShouldBe(passes);

    [Fact]
    public void ThresholdOverThosePresent_IgnoresWrittenVotes()
    {
        var vote = RuleSetCatalogue.Find(RuleSetCatalogue.Law22Decree152)!.RuleFor(AwardCatalogue.AdvancedWorker).Vote;

        vote.IsMet(yes: 4, writtenYes: 3, members: 12, present: 10).ShouldBeFalse();
        vote.IsMet(yes: 5, writtenYes: 0, members: 12, present: 10).ShouldBeTrue();
    }

    [Theory]
    [InlineData(9, 6, true)] // exactly 2/3: a decimal 0.666…7 × 9 would wrongly ask for more than 6
    [InlineData(9, 5, false)]
    [InlineData(3, 2, true)]
    [InlineData(6, 4, true)]
    [InlineData(6, 3, false)]
    [InlineData(15, 10, true)]
    [InlineData(15, 9, false)]
    public void CouncilQuorum_IsTwoThirdsCountedExactly(int members, int present, bool reached) =>
        RuleSetCatalogue.All.ShouldAllBe(set => set.CouncilQuorum.IsReachedBy(present, members) == reached);

    [Theory]
    [InlineData(8, false)]
    [InlineData(9, true)]
    public void ProvincialFighter_Needs90PercentOfAllMembers(int yes, bool passes) =>
        RuleSetCatalogue.Find(RuleSetCatalogue.Law22Decree98)!.RuleFor(AwardCatalogue.ProvincialEmulationFighter).Vote
            .IsMet(yes, writtenYes: 0, members: 10, present: 10).ShouldBe(passes);

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
