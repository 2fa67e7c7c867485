using ThiDua.Domain.Covenants;
using ThiDua.Domain.Covenants.Events;
using static ThiDua.Domain.UnitTests.CovenantAssessments.ScoringFixture;

namespace ThiDua.Domain.UnitTests.CovenantAssessments;

/// <summary>
/// <see cref="CovenantRanking"/> order: gates first, then total, then the covenant's tie-breakers, then a shared rank
/// (competition ranking); the leaders, and <see cref="Covenant.Finalize"/>.
/// </summary>
public class CovenantRankingOrderTests
{
    private static readonly DateTimeOffset FinalizedAt = ScoredAt.AddDays(10);

    [Fact]
    public void Compute_WhenAUnitFailsAGate_RanksItAfterEveryUnitPassingAllGatesDespiteAHigherTotal()
    {
        var fixture = ScoringFixture.Create();
        var failing = fixture.RecordSelf(fixture[0], Scores(CriterionMax, GateMax - 0.01m, bonus: BonusCap));
        var passingLow = fixture.RecordSelf(fixture[1], Scores(30, GateMax));
        var passingHigh = fixture.RecordSelf(fixture[2], Scores(CriterionMax, GateMax));

        var ranking = fixture.Rank(failing, passingLow, passingHigh);

        ranking.Select(r => (r.UnitId, r.Rank, r.OrderedBy)).ShouldBe(
        [
            (fixture[2].Id, 1, RankingBasis.First),
            (fixture[1].Id, 2, RankingBasis.Total),
            (fixture[0].Id, 3, RankingBasis.Gates),
        ]);
        var last = ranking[2];
        last.Total.ShouldBe(104.99m);
        last.Total.ShouldBeGreaterThan(ranking[0].Total);
        last.PassesGates.ShouldBeFalse();
        last.FailedGates.ShouldBe([Gate]);
        ranking[0].FailedGates.ShouldBeEmpty();
        ranking[1].PassesGates.ShouldBeTrue();
    }

    [Fact]
    public void Compute_WhenUnitsFailGates_OrdersThemAmongThemselvesByTotal()
    {
        var fixture = ScoringFixture.Create();
        var low = fixture.RecordSelf(fixture[0], Scores(10, 0));
        var high = fixture.RecordSelf(fixture[1], Scores(50, 39));
        var passing = fixture.RecordSelf(fixture[2], Scores(0, GateMax));

        var ranking = fixture.Rank(low, high, passing);

        ranking.Select(r => (r.UnitId, r.Rank, r.OrderedBy)).ShouldBe(
        [
            (fixture[2].Id, 1, RankingBasis.First),
            (fixture[1].Id, 2, RankingBasis.Gates),
            (fixture[0].Id, 3, RankingBasis.Total),
        ]);
    }

    [Fact]
    public void Compute_WhenTwoUnitsTieOnEverything_SharesTheRankAndSkipsTheNext()
    {
        var fixture = ScoringFixture.Create();
        var a = fixture.RecordSelf(fixture[0], Scores(50, 40));
        var b = fixture.RecordSelf(fixture[1], Scores(50, 40));
        var c = fixture.RecordSelf(fixture[2], Scores(40, 40));

        var ranking = fixture.Rank(a, b, c);

        ranking.Select(r => r.Rank).ShouldBe([1, 1, 3]);
        ranking.Select(r => r.OrderedBy).ShouldBe([RankingBasis.First, RankingBasis.Tie, RankingBasis.Total]);
        ranking.Take(2).Select(r => r.UnitId).ShouldBe([fixture[0].Id, fixture[1].Id], ignoreOrder: true);
        ranking[2].UnitId.ShouldBe(fixture[2].Id);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Compute_WhenTotalsEqual_RanksFewerPenaltyPointsFirst(int winner)
    {
        var fixture = ScoringFixture.Create(members: 2);
        var loser = 1 - winner;
        var withPenalty = fixture.RecordSelf(fixture[loser], Scores(CriterionMax, GateMax, penalty: 2), Staff(10, 9));
        var withoutPenalty = fixture.RecordSelf(fixture[winner], Scores(CriterionMax - 2, GateMax), Staff(10, 1));

        var ranking = fixture.Rank(withPenalty, withoutPenalty);

        ranking[0].Total.ShouldBe(ranking[1].Total);
        ranking.Select(r => (r.UnitId, r.Rank, r.OrderedBy)).ShouldBe(
        [
            (fixture[winner].Id, 1, RankingBasis.First),
            (fixture[loser].Id, 2, RankingBasis.FewerPenaltyPoints),
        ]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Compute_WhenTotalsAndPenaltiesEqual_RanksHigherWomenShareFirst(int winner)
    {
        var fixture = ScoringFixture.Create(members: 2);
        var loser = 1 - winner;
        var lower = fixture.RecordSelf(fixture[loser], Scores(50, 40, penalty: 1), Staff(10, 3));
        var higher = fixture.RecordSelf(fixture[winner], Scores(50, 40, penalty: 1), Staff(10, 6));

        var ranking = fixture.Rank(lower, higher);

        ranking.Select(r => (r.UnitId, r.Rank, r.OrderedBy, r.WomenShare)).ShouldBe(
        [
            (fixture[winner].Id, 1, RankingBasis.First, (decimal?)0.6m),
            (fixture[loser].Id, 2, RankingBasis.HigherWomenShare, (decimal?)0.3m),
        ]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Compute_WhenTotalsAndPenaltiesEqual_RanksAUnitThatDeclaredStaffBeforeOneThatDidNot(int winner)
    {
        var fixture = ScoringFixture.Create(members: 2);
        var loser = 1 - winner;
        var undeclared = fixture.RecordSelf(fixture[loser], Scores(50, 40));
        var declaredNoWomen = fixture.RecordSelf(fixture[winner], Scores(50, 40), Staff(10, 0));

        var ranking = fixture.Rank(undeclared, declaredNoWomen);

        ranking.Select(r => (r.UnitId, r.Rank, r.OrderedBy, r.WomenShare)).ShouldBe(
        [
            (fixture[winner].Id, 1, RankingBasis.First, (decimal?)0m),
            (fixture[loser].Id, 2, RankingBasis.HigherWomenShare, (decimal?)null),
        ]);
    }

    [Fact]
    public void Compute_WhenNeitherUnitDeclaredStaff_TiesThem()
    {
        var fixture = ScoringFixture.Create(members: 2);
        var a = fixture.RecordSelf(fixture[0], Scores(50, 40, penalty: 1));
        var b = fixture.RecordSelf(fixture[1], Scores(50, 40, penalty: 1));

        var ranking = fixture.Rank(a, b);

        ranking.Select(r => (r.Rank, r.OrderedBy)).ShouldBe([(1, RankingBasis.First), (1, RankingBasis.Tie)]);
    }

    [Fact]
    public void Compute_WhenEqualWomenShares_TiesThem()
    {
        var fixture = ScoringFixture.Create(members: 2);
        var a = fixture.RecordSelf(fixture[0], Scores(50, 40), Staff(10, 5));
        var b = fixture.RecordSelf(fixture[1], Scores(50, 40), Staff(20, 10));

        var ranking = fixture.Rank(a, b);

        ranking.Select(r => (r.Rank, r.OrderedBy)).ShouldBe([(1, RankingBasis.First), (1, RankingBasis.Tie)]);
    }

    [Fact]
    public void Compute_WhenCovenantHasNoTieBreakers_LeavesEqualTotalsTied()
    {
        var fixture = ScoringFixture.Create(members: 2, tieBreakers: []);
        var a = fixture.RecordSelf(fixture[0], Scores(CriterionMax, GateMax, penalty: 2), Staff(10, 9));
        var b = fixture.RecordSelf(fixture[1], Scores(CriterionMax - 2, GateMax), Staff(10, 1));

        var ranking = fixture.Rank(a, b);

        fixture.Covenant.Terms.EffectiveTieBreakers.ShouldBeEmpty();
        ranking.Select(r => (r.Rank, r.OrderedBy)).ShouldBe([(1, RankingBasis.First), (1, RankingBasis.Tie)]);
        CovenantRanking.Leaders(ranking).ShouldBe([fixture[0].Id, fixture[1].Id], ignoreOrder: true);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Compute_WhenCovenantPutsWomenShareFirst_AppliesItBeforePenalties(int winner)
    {
        var fixture = ScoringFixture.Create(members: 2, tieBreakers: [TieBreaker.HigherWomenShare, TieBreaker.FewerPenaltyPoints]);
        var loser = 1 - winner;
        var morePenaltiesMoreWomen = fixture.RecordSelf(fixture[winner], Scores(CriterionMax, GateMax, penalty: 2), Staff(10, 9));
        var fewerPenaltiesFewerWomen = fixture.RecordSelf(fixture[loser], Scores(CriterionMax - 2, GateMax), Staff(10, 1));

        var ranking = fixture.Rank(morePenaltiesMoreWomen, fewerPenaltiesFewerWomen);

        ranking.Select(r => (r.UnitId, r.Rank, r.OrderedBy)).ShouldBe(
        [
            (fixture[winner].Id, 1, RankingBasis.First),
            (fixture[loser].Id, 2, RankingBasis.HigherWomenShare),
        ]);
    }

    [Fact]
    public void Leaders_WhenSeveralUnitsShareRankOneAndPassGates_ReturnsThemAll()
    {
        var fixture = ScoringFixture.Create();
        var ranking = fixture.Rank(
            fixture.RecordSelf(fixture[0], Scores(50, 40)),
            fixture.RecordSelf(fixture[1], Scores(50, 40)),
            fixture.RecordSelf(fixture[2], Scores(49, 40)));

        CovenantRanking.Leaders(ranking).ShouldBe([fixture[0].Id, fixture[1].Id], ignoreOrder: true);
    }

    [Fact]
    public void Leaders_WhenOneUnitRanksFirst_ReturnsOnlyIt()
    {
        var fixture = ScoringFixture.Create();
        var ranking = fixture.Rank(
            fixture.RecordSelf(fixture[0], Scores(50, 40)),
            fixture.RecordSelf(fixture[1], Scores(51, 40)),
            fixture.RecordSelf(fixture[2], Scores(60, 39)));

        CovenantRanking.Leaders(ranking).ShouldBe([fixture[1].Id]);
    }

    [Fact]
    public void Leaders_WhenTheFirstFailsAGate_ReturnsNone()
    {
        var fixture = ScoringFixture.Create();
        var ranking = fixture.Rank(
            fixture.RecordSelf(fixture[0], Scores(60, 39)),
            fixture.RecordSelf(fixture[1], Scores(50, 30)),
            fixture.RecordSelf(fixture[2], Scores(10, 0)));

        ranking[0].Rank.ShouldBe(1);
        ranking[0].PassesGates.ShouldBeFalse();
        CovenantRanking.Leaders(ranking).ShouldBeEmpty();
    }

    [Fact]
    public void Leaders_WhenRankingEmpty_ReturnsNone()
    {
        CovenantRanking.Leaders([]).ShouldBeEmpty();
    }

    [Fact]
    public void Finalize_WhenScoring_StoresTheLeadersAndRaisesFinalized()
    {
        var fixture = ScoringFixture.Create();
        var ranking = fixture.Rank(
            fixture.RecordSelf(fixture[0], Scores(50, 40)),
            fixture.RecordSelf(fixture[1], Scores(55, 40)),
            fixture.RecordSelf(fixture[2], Scores(55, 40)));

        fixture.Covenant.Finalize(ranking, FinalizedAt);

        var covenant = fixture.Covenant;
        covenant.Status.ShouldBe(CovenantStatus.Finalized);
        covenant.UpdatedAt.ShouldBe(FinalizedAt);
        covenant.LeadingUnitIds.ShouldBe([fixture[1].Id, fixture[2].Id], ignoreOrder: true);
        var finalized = covenant.DomainEvents.OfType<CovenantFinalizedDomainEvent>().ShouldHaveSingleItem();
        finalized.CovenantId.ShouldBe(covenant.Id);
        finalized.ClusterId.ShouldBe(fixture.Cluster.Id);
        finalized.Year.ShouldBe(TestClusters.Year);
        finalized.LeadingUnitIds.ShouldBe(covenant.LeadingUnitIds);
        finalized.FinalizedAt.ShouldBe(FinalizedAt);
    }

    [Fact]
    public void Finalize_WhenNoUnitPassesTheGates_StoresNoLeader()
    {
        var fixture = ScoringFixture.Create();
        var ranking = fixture.Rank(fixture.RecordSelf(fixture[0], Scores(60, 39)));

        fixture.Covenant.Finalize(ranking, FinalizedAt);

        fixture.Covenant.LeadingUnitIds.ShouldBeEmpty();
        fixture.Covenant.DomainEvents.OfType<CovenantFinalizedDomainEvent>().ShouldHaveSingleItem().LeadingUnitIds.ShouldBeEmpty();
    }

    [Fact]
    public void Finalize_WhenAlreadyFinalized_ThrowsNotScoring()
    {
        var fixture = ScoringFixture.Create(status: CovenantStatus.Finalized);

        DomainAssert.ShouldViolate(CovenantErrors.NotScoring, () => fixture.Covenant.Finalize(fixture.Rank(), FinalizedAt));

        fixture.Covenant.DomainEvents.OfType<CovenantFinalizedDomainEvent>().Count().ShouldBe(1);
    }
}
