using ThiDua.Domain.CovenantAssessments;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.CovenantAssessments.ScoringFixture;

namespace ThiDua.Domain.UnitTests.CovenantAssessments;

/// <summary>Scores are recorded and revised only while the covenant is open for scoring.</summary>
public class CovenantAssessmentStatusTests
{
    [Fact]
    public void Record_WhenScoring_RecordsTheAssessment()
    {
        var fixture = ScoringFixture.Create();
        var staff = Staff(20, 12);

        var assessment = fixture.RecordSelf(fixture[0], Scores(50, 40, 2, 1), staff, "  Tự chấm  ");

        assessment.Id.Value.ShouldNotBe(Guid.Empty);
        assessment.CovenantId.ShouldBe(fixture.Covenant.Id);
        assessment.AssessedUnitId.ShouldBe(fixture[0].Id);
        assessment.Kind.ShouldBe(AssessorKind.Self);
        assessment.AssessorKey.ShouldBe(fixture[0].Id);
        assessment.Scores.Criteria[Criterion].ShouldBe(50m);
        assessment.Scores.Criteria[Gate].ShouldBe(40m);
        assessment.Scores.Bonuses[Bonus].ShouldBe(2m);
        assessment.Scores.Penalties[Penalty].ShouldBe(1m);
        assessment.Note.ShouldBe("Tự chấm");
        assessment.Staff.ShouldBe(staff);
        assessment.UpdatedBy.ShouldBe(Scorer);
        assessment.CreatedAt.ShouldBe(ScoredAt);
        assessment.UpdatedAt.ShouldBe(ScoredAt);
    }

    [Theory]
    [InlineData(CovenantStatus.OpenForSigning)]
    [InlineData(CovenantStatus.InForce)]
    public void Record_WhenCovenantNotYetScoring_ThrowsNotScoring(CovenantStatus status)
    {
        var fixture = ScoringFixture.Create(status: status);

        var exception = DomainAssert.ShouldViolate(AssessmentErrors.NotScoring, () => fixture.RecordSelf(fixture[0], FullMarks));

        exception.Error.Code.ShouldBe(CovenantErrors.NotScoring.Code);
    }

    [Theory]
    [InlineData(AssessorKind.Self)]
    [InlineData(AssessorKind.Peer)]
    [InlineData(AssessorKind.Verified)]
    public void Record_WhenCovenantFinalized_ThrowsFinalized(AssessorKind kind)
    {
        var fixture = ScoringFixture.Create(status: CovenantStatus.Finalized);
        var peer = kind == AssessorKind.Peer ? fixture[1].Id : (UnitId?)null;

        var exception = DomainAssert.ShouldViolate(AssessmentErrors.Finalized, () => CovenantAssessment.Record(
            fixture.Covenant, fixture[0].Id, kind, peer, FullMarks, null, null, null, Scorer, ScoredAt));

        exception.Error.Code.ShouldBe(AssessmentErrors.Finalized.Code);
    }

    [Fact]
    public void Revise_WhenScoring_ReplacesTheScores()
    {
        var fixture = ScoringFixture.Create();
        var assessment = fixture.RecordSelf(fixture[0], Scores(50, 40));
        var later = ScoredAt.AddDays(1);

        assessment.Revise(fixture.Covenant, Scores(55, 40), null, null, null, "Bổ sung minh chứng", "scorer-2", later);

        assessment.Scores.Criteria[Criterion].ShouldBe(55m);
        assessment.UpdatedBy.ShouldBe("scorer-2");
        assessment.UpdatedAt.ShouldBe(later);
        assessment.CreatedAt.ShouldBe(ScoredAt);
    }

    [Fact]
    public void Revise_WhenCovenantFinalized_ThrowsFinalizedAndKeepsScores()
    {
        var fixture = ScoringFixture.Create();
        var assessment = fixture.RecordSelf(fixture[0], Scores(50, 40));
        fixture.Covenant.Finalize(fixture.Rank(assessment), ScoredAt.AddDays(1));

        DomainAssert.ShouldViolate(AssessmentErrors.Finalized, () => assessment.Revise(
            fixture.Covenant, Scores(60, 40), null, null, null, "Sửa sau khi chốt", Scorer, ScoredAt.AddDays(2)));

        assessment.Scores.Criteria[Criterion].ShouldBe(50m);
        assessment.Changes.Count.ShouldBe(2);
        assessment.UpdatedAt.ShouldBe(ScoredAt);
    }
}
