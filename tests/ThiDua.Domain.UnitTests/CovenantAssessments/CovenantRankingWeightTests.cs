using ThiDua.Domain.Covenants;
using static ThiDua.Domain.UnitTests.CovenantAssessments.ScoringFixture;

namespace ThiDua.Domain.UnitTests.CovenantAssessments;

/// <summary>
/// <see cref="CovenantRanking.Compute"/> on a weighted covenant. <see cref="Covenant.OpenForSigning"/> accepts weighted
/// criteria when Σ(max points × weight) equals the scale maximum, so the total on that scale is Σ(score × weight).
/// </summary>
public class CovenantRankingWeightTests
{
    [Fact]
    public void Compute_WhenEveryCriterionWeighted_TotalAppliesTheWeights()
    {
        // 1.1: max 10 × weight 8 = 80; 2.1: max 20 × weight 1 = 20; scale 100 (accepted by OpenForSigning).
        var weighted = Terms() with
        {
            Criteria =
            [
                new CovenantCriterion(Criterion, 1, "Hoàn thành chỉ tiêu", 10, 8, IsGate: false),
                new CovenantCriterion(Gate, 2, "Chấp hành pháp luật", 20, 1, IsGate: false),
            ],
        };
        var fixture = ScoringFixture.Create(members: 2, terms: weighted);
        var strongOnHeavy = fixture.RecordSelf(fixture[0], Scores(10, 0));
        var strongOnLight = fixture.RecordSelf(fixture[1], Scores(0, 20));

        var ranking = fixture.Rank(strongOnHeavy, strongOnLight);

        ranking.Select(r => (r.UnitId, r.Total)).ShouldBe(
        [
            (fixture[0].Id, 80m),
            (fixture[1].Id, 20m),
        ]);
    }
}
