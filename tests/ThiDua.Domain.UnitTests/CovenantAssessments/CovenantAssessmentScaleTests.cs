using ThiDua.Domain.CovenantAssessments;
using static ThiDua.Domain.UnitTests.CovenantAssessments.ScoringFixture;

namespace ThiDua.Domain.UnitTests.CovenantAssessments;

/// <summary>Scores stay within the covenant's scale: criteria within 0..max, bonuses and penalties within 0..cap.</summary>
public class CovenantAssessmentScaleTests
{
    public static TheoryData<string, decimal> CriterionScoresInRange => new()
    {
        { Criterion, 0m },
        { Criterion, CriterionMax },
        { Gate, 0m },
        { Gate, GateMax },
    };

    public static TheoryData<string, decimal> CriterionScoresOutOfRange => new()
    {
        { Criterion, -0.01m },
        { Criterion, CriterionMax + 0.01m },
        { Gate, -0.01m },
        { Gate, GateMax + 0.01m },
    };

    public static TheoryData<decimal> BonusesInRange => new() { 0m, BonusCap };

    public static TheoryData<decimal> BonusesOutOfRange => new() { -0.01m, BonusCap + 0.01m };

    public static TheoryData<decimal> PenaltiesInRange => new() { 0m, PenaltyCap };

    public static TheoryData<decimal> PenaltiesOutOfRange => new() { -0.01m, PenaltyCap + 0.01m };

    [Theory]
    [MemberData(nameof(CriterionScoresInRange))]
    public void Record_WhenCriterionScoreWithinZeroAndMax_Accepts(string code, decimal score)
    {
        var fixture = ScoringFixture.Create();

        var assessment = fixture.RecordSelf(fixture[0], Criteria((code, score)));

        assessment.Scores.Criteria[code].ShouldBe(score);
    }

    [Theory]
    [MemberData(nameof(CriterionScoresOutOfRange))]
    public void Record_WhenCriterionScoreOutsideZeroAndMax_ThrowsScoreOutOfRangeNamingTheCriterion(string code, decimal score)
    {
        var fixture = ScoringFixture.Create();

        var exception = DomainAssert.ShouldViolate(AssessmentErrors.ScoreOutOfRange, () => fixture.RecordSelf(fixture[0], Criteria((code, score))));

        exception.Error.Code.ShouldBe(AssessmentErrors.ScoreOutOfRange.Code);
        exception.Error.Message.ShouldContain($"Criterion {code}");
    }

    [Fact]
    public void Revise_WhenCriterionScoreOverMax_ThrowsScoreOutOfRangeAndKeepsScores()
    {
        var fixture = ScoringFixture.Create();
        var assessment = fixture.RecordSelf(fixture[0], Scores(50, 40));

        DomainAssert.ShouldViolate(AssessmentErrors.ScoreOutOfRange, () => assessment.Revise(
            fixture.Covenant, Scores(CriterionMax + 0.01m, 40), null, null, null, "Sửa điểm", Scorer, ScoredAt.AddDays(1)));

        assessment.Scores.Criteria[Criterion].ShouldBe(50m);
        assessment.Changes.Count.ShouldBe(2);
    }

    [Fact]
    public void Record_WhenCriterionCodeUnknown_ThrowsUnknownCriterionNamingTheCode()
    {
        var fixture = ScoringFixture.Create();

        var exception = DomainAssert.ShouldViolate(AssessmentErrors.UnknownCriterion, () => fixture.RecordSelf(fixture[0], Criteria(("9.9", 1m))));

        exception.Error.Code.ShouldBe(AssessmentErrors.UnknownCriterion.Code);
        exception.Error.Message.ShouldContain("9.9");
    }

    [Theory]
    [MemberData(nameof(BonusesInRange))]
    public void Record_WhenBonusWithinZeroAndCap_Accepts(decimal points)
    {
        var fixture = ScoringFixture.Create();

        var assessment = fixture.RecordSelf(fixture[0], Scores(bonus: points));

        assessment.Scores.Bonuses[Bonus].ShouldBe(points);
    }

    [Theory]
    [MemberData(nameof(BonusesOutOfRange))]
    public void Record_WhenBonusOutsideZeroAndCap_ThrowsAdjustmentOverCap(decimal points)
    {
        var fixture = ScoringFixture.Create();

        var exception = DomainAssert.ShouldViolate(AssessmentErrors.AdjustmentOverCap, () => fixture.RecordSelf(fixture[0], Scores(bonus: points)));

        exception.Error.Code.ShouldBe(AssessmentErrors.AdjustmentOverCap.Code);
        exception.Error.Message.ShouldContain($"bonus {Bonus}");
    }

    [Theory]
    [MemberData(nameof(PenaltiesInRange))]
    public void Record_WhenPenaltyWithinZeroAndCap_Accepts(decimal points)
    {
        var fixture = ScoringFixture.Create();

        var assessment = fixture.RecordSelf(fixture[0], Scores(penalty: points));

        assessment.Scores.Penalties[Penalty].ShouldBe(points);
    }

    [Theory]
    [MemberData(nameof(PenaltiesOutOfRange))]
    public void Record_WhenPenaltyOutsideZeroAndCap_ThrowsAdjustmentOverCap(decimal points)
    {
        var fixture = ScoringFixture.Create();

        var exception = DomainAssert.ShouldViolate(AssessmentErrors.AdjustmentOverCap, () => fixture.RecordSelf(fixture[0], Scores(penalty: points)));

        exception.Error.Message.ShouldContain($"penalty {Penalty}");
    }

    [Fact]
    public void Record_WhenBonusRuleUnknown_ThrowsUnknownAdjustmentRule()
    {
        var fixture = ScoringFixture.Create();

        var exception = DomainAssert.ShouldViolate(AssessmentErrors.UnknownAdjustmentRule, () => fixture.RecordSelf(
            fixture[0], new AssessmentScores(new Dictionary<string, decimal>(), Codes(("B9", 1m)), new Dictionary<string, decimal>())));

        exception.Error.Code.ShouldBe(AssessmentErrors.UnknownAdjustmentRule.Code);
        exception.Error.Message.ShouldContain("B9");
    }

    [Fact]
    public void Record_WhenPenaltyCodeUsedAsBonus_ThrowsUnknownAdjustmentRule()
    {
        var fixture = ScoringFixture.Create();

        DomainAssert.ShouldViolate(AssessmentErrors.UnknownAdjustmentRule, () => fixture.RecordSelf(
            fixture[0], new AssessmentScores(new Dictionary<string, decimal>(), Codes((Penalty, 1m)), new Dictionary<string, decimal>())));
    }

    [Fact]
    public void Record_WhenPenaltyRuleUnknown_ThrowsUnknownAdjustmentRule()
    {
        var fixture = ScoringFixture.Create();

        var exception = DomainAssert.ShouldViolate(AssessmentErrors.UnknownAdjustmentRule, () => fixture.RecordSelf(
            fixture[0], new AssessmentScores(new Dictionary<string, decimal>(), new Dictionary<string, decimal>(), Codes(("P9", 1m)))));

        exception.Error.Message.ShouldContain("penalty rule P9");
    }

    private static AssessmentScores Criteria(params (string Code, decimal Value)[] items) =>
        new(Codes(items), new Dictionary<string, decimal>(), new Dictionary<string, decimal>());

    private static Dictionary<string, decimal> Codes(params (string Code, decimal Value)[] items) =>
        items.ToDictionary(i => i.Code, i => i.Value, StringComparer.Ordinal);
}
