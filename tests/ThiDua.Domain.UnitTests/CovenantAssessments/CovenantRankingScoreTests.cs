using ThiDua.Domain.Covenants;
using static ThiDua.Domain.UnitTests.CovenantAssessments.ScoringFixture;

namespace ThiDua.Domain.UnitTests.CovenantAssessments;

/// <summary>
/// <see cref="CovenantRanking.Compute"/>: the final score of each item (verified, else mean of peers, else self) and the
/// total (criteria + bonus − penalty).
/// </summary>
public class CovenantRankingScoreTests
{
    [Fact]
    public void Compute_WhenVerifiedScoreExists_OverridesPeersAndSelf()
    {
        var fixture = ScoringFixture.Create();
        var self = fixture.RecordSelf(fixture[0], Scores(50, 40, 2, 1));
        var peer1 = fixture.RecordPeer(fixture[0], fixture[1], Scores(40, 40, 1, 2));
        var peer2 = fixture.RecordPeer(fixture[0], fixture[2], Scores(45, 40, 1, 2));
        var verified = fixture.RecordVerified(fixture[0], Scores(55, 40, 3, 4), "Thẩm định", self);

        var unit = fixture.Rank(self, peer1, peer2, verified).Of(fixture[0]);

        unit.CriterionScores[Criterion].ShouldBe(55m);
        unit.Bonus.ShouldBe(3m);
        unit.Penalty.ShouldBe(4m);
        unit.Total.ShouldBe(94m);
    }

    [Fact]
    public void Compute_WhenPeersScoredAndNoVerification_UsesTheMeanOfPeersOverSelf()
    {
        var fixture = ScoringFixture.Create();
        var self = fixture.RecordSelf(fixture[0], Scores(50, 40));
        var peer1 = fixture.RecordPeer(fixture[0], fixture[1], Scores(40, 40));
        var peer2 = fixture.RecordPeer(fixture[0], fixture[2], Scores(45, 40));

        var unit = fixture.Rank(self, peer1, peer2).Of(fixture[0]);

        unit.CriterionScores[Criterion].ShouldBe(42.5m);
        unit.Total.ShouldBe(82.5m);
    }

    [Fact]
    public void Compute_WhenPeerMeanHasManyDecimals_RoundsItToFourPlaces()
    {
        var fixture = ScoringFixture.Create(members: 4);
        var peers = new[]
        {
            fixture.RecordPeer(fixture[0], fixture[1], Scores(10, 40)),
            fixture.RecordPeer(fixture[0], fixture[2], Scores(10, 40)),
            fixture.RecordPeer(fixture[0], fixture[3], Scores(11, 40)),
        };

        var unit = fixture.Rank(peers).Of(fixture[0]);

        unit.CriterionScores[Criterion].ShouldBe(10.3333m);
    }

    [Fact]
    public void Compute_WhenOnlySelfAssessment_UsesTheSelfScores()
    {
        var fixture = ScoringFixture.Create();
        var self = fixture.RecordSelf(fixture[0], Scores(50, 40, 2, 1));

        var unit = fixture.Rank(self).Of(fixture[0]);

        unit.CriterionScores[Criterion].ShouldBe(50m);
        unit.CriterionScores[Gate].ShouldBe(40m);
        unit.Bonus.ShouldBe(2m);
        unit.Penalty.ShouldBe(1m);
    }

    [Fact]
    public void Compute_WhenVerificationOmitsAnItem_FallsBackToPeersThenSelfForThatItem()
    {
        var fixture = ScoringFixture.Create();
        var self = fixture.RecordSelf(fixture[0], Scores(50, 40, bonus: 5));
        var peer = fixture.RecordPeer(fixture[0], fixture[1], Scores(criterion: 44));
        var verified = fixture.RecordVerified(fixture[0], Scores(gate: 38));

        var unit = fixture.Rank(self, peer, verified).Of(fixture[0]);

        unit.CriterionScores[Criterion].ShouldBe(44m);
        unit.CriterionScores[Gate].ShouldBe(38m);
        unit.Bonus.ShouldBe(5m);
        unit.Total.ShouldBe(87m);
    }

    [Fact]
    public void Compute_WhenAPeerOmitsAnItem_AveragesOnlyThePeersWhoScoredIt()
    {
        var fixture = ScoringFixture.Create();
        var peer1 = fixture.RecordPeer(fixture[0], fixture[1], Scores(40, 40));
        var peer2 = fixture.RecordPeer(fixture[0], fixture[2], Scores(gate: 30));

        var unit = fixture.Rank(peer1, peer2).Of(fixture[0]);

        unit.CriterionScores[Criterion].ShouldBe(40m);
        unit.CriterionScores[Gate].ShouldBe(35m);
    }

    [Fact]
    public void Compute_WhenItemsMissing_CountsThemAsZero()
    {
        var fixture = ScoringFixture.Create();
        var self = fixture.RecordSelf(fixture[0], Scores(criterion: 60));

        var unit = fixture.Rank(self).Of(fixture[0]);

        unit.CriterionScores[Criterion].ShouldBe(60m);
        unit.CriterionScores.ContainsKey(Gate).ShouldBeTrue();
        unit.CriterionScores[Gate].ShouldBeNull();
        unit.Bonus.ShouldBe(0m);
        unit.Penalty.ShouldBe(0m);
        unit.Total.ShouldBe(60m);
    }

    [Fact]
    public void Compute_WhenUnitHasNoAssessment_ScoresItZeroAndFailingTheGate()
    {
        var fixture = ScoringFixture.Create();

        var unit = fixture.Rank().Of(fixture[0]);

        unit.CriterionScores.Values.ShouldAllBe(v => v == null);
        unit.Total.ShouldBe(0m);
        unit.PassesGates.ShouldBeFalse();
        unit.FailedGates.ShouldBe([Gate]);
        unit.WomenShare.ShouldBeNull();
    }

    [Fact]
    public void Compute_WhenBonusAndPenalty_TotalIsCriteriaPlusBonusMinusPenalty()
    {
        var fixture = ScoringFixture.Create();
        var self = fixture.RecordSelf(fixture[0], Scores(50, 40, 3, 2));

        var unit = fixture.Rank(self).Of(fixture[0]);

        unit.Total.ShouldBe(91m);
    }

    [Fact]
    public void Compute_WhenGateScoredAtItsMaximum_PassesTheGate()
    {
        var fixture = ScoringFixture.Create();
        var self = fixture.RecordSelf(fixture[0], Scores(0, GateMax));

        var unit = fixture.Rank(self).Of(fixture[0]);

        unit.PassesGates.ShouldBeTrue();
        unit.FailedGates.ShouldBeEmpty();
    }

    [Fact]
    public void Compute_WhenGateScoredJustBelowItsMaximum_FailsTheGate()
    {
        var fixture = ScoringFixture.Create();
        var self = fixture.RecordSelf(fixture[0], Scores(CriterionMax, GateMax - 0.01m));

        var unit = fixture.Rank(self).Of(fixture[0]);

        unit.PassesGates.ShouldBeFalse();
        unit.FailedGates.ShouldBe([Gate]);
    }

    [Fact]
    public void Compute_WhenSelfDeclaredStaff_ReportsTheWomenShare()
    {
        var fixture = ScoringFixture.Create();
        var self = fixture.RecordSelf(fixture[0], FullMarks, Staff(8, 2));

        var unit = fixture.Rank(self).Of(fixture[0]);

        unit.WomenShare.ShouldBe(0.25m);
    }

    [Fact]
    public void Compute_WhenSomeMembersLeftWithoutSigning_RanksOnlyTheSignatories()
    {
        var fixture = ScoringFixture.Create(members: 2, leavers: 1);

        var ranking = fixture.Rank(fixture.RecordSelf(fixture[0], FullMarks), fixture.RecordSelf(fixture[1], FullMarks));

        ranking.Select(r => r.UnitId).ShouldBe([fixture[0].Id, fixture[1].Id], ignoreOrder: true);
        ranking.ShouldNotContain(r => r.UnitId == fixture.Leavers[0].Id);
    }

    [Fact]
    public void Compute_WhenGivenAssessmentsOfAnotherCovenant_IgnoresThem()
    {
        var fixture = ScoringFixture.Create(members: 1);
        var other = ScoringFixture.Create(units: fixture.Members);
        var foreign = other.RecordSelf(fixture[0], FullMarks);
        var own = fixture.RecordSelf(fixture[0], Scores(10, 40));

        var ranking = fixture.Rank(own, foreign);

        ranking.ShouldHaveSingleItem().UnitId.ShouldBe(fixture[0].Id);
        ranking[0].Total.ShouldBe(50m);
    }
}
