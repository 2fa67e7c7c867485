using ThiDua.Domain.CovenantAssessments;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.CovenantAssessments.ScoringFixture;

namespace ThiDua.Domain.UnitTests.CovenantAssessments;

/// <summary>Who is scored and who scores: signatories only; a peer is another signatory.</summary>
public class CovenantAssessmentParticipantTests
{
    [Theory]
    [InlineData(AssessorKind.Self)]
    [InlineData(AssessorKind.Verified)]
    public void Record_WhenAssessedUnitSigned_UsesTheAssessorKeyOfTheKind(AssessorKind kind)
    {
        var fixture = ScoringFixture.Create();

        var assessment = CovenantAssessment.Record(
            fixture.Covenant, fixture[0].Id, kind, null, FullMarks, null, null, null, Scorer, ScoredAt);

        assessment.AssessorKey.ShouldBe(kind == AssessorKind.Self ? fixture[0].Id : CovenantAssessment.VerificationKey);
    }

    [Theory]
    [InlineData(AssessorKind.Self)]
    [InlineData(AssessorKind.Peer)]
    [InlineData(AssessorKind.Verified)]
    public void Record_WhenAssessedUnitNeverBelongedToTheCluster_ThrowsAssessedNotSignatory(AssessorKind kind)
    {
        var fixture = ScoringFixture.Create();
        var peer = kind == AssessorKind.Peer ? fixture[0].Id : (UnitId?)null;

        var exception = DomainAssert.ShouldViolate(AssessmentErrors.AssessedNotSignatory, () => CovenantAssessment.Record(
            fixture.Covenant, fixture.Outsider.Id, kind, peer, FullMarks, null, null, null, Scorer, ScoredAt));

        exception.Error.Code.ShouldBe(AssessmentErrors.AssessedNotSignatory.Code);
    }

    [Fact]
    public void Record_WhenAssessedUnitLeftTheTermWithoutSigning_ThrowsAssessedNotSignatory()
    {
        var fixture = ScoringFixture.Create(leavers: 1);

        DomainAssert.ShouldViolate(AssessmentErrors.AssessedNotSignatory, () => fixture.RecordSelf(fixture.Leavers[0], FullMarks));
    }

    [Fact]
    public void Record_WhenPeerIsAnotherSignatory_RecordsWithThePeerAsAssessorKey()
    {
        var fixture = ScoringFixture.Create();

        var assessment = fixture.RecordPeer(fixture[0], fixture[1], Scores(45, 40));

        assessment.Kind.ShouldBe(AssessorKind.Peer);
        assessment.AssessedUnitId.ShouldBe(fixture[0].Id);
        assessment.AssessorKey.ShouldBe(fixture[1].Id);
    }

    [Fact]
    public void Record_WhenPeerIsTheAssessedUnit_ThrowsPeerScoresItself()
    {
        var fixture = ScoringFixture.Create();

        var exception = DomainAssert.ShouldViolate(AssessmentErrors.PeerScoresItself, () => fixture.RecordPeer(fixture[0], fixture[0], FullMarks));

        exception.Error.Code.ShouldBe(AssessmentErrors.PeerScoresItself.Code);
    }

    [Fact]
    public void Record_WhenPeerNeverBelongedToTheCluster_ThrowsPeerNotSignatory()
    {
        var fixture = ScoringFixture.Create();

        var exception = DomainAssert.ShouldViolate(AssessmentErrors.PeerNotSignatory, () => fixture.RecordPeer(fixture[0], fixture.Outsider, FullMarks));

        exception.Error.Code.ShouldBe(AssessmentErrors.PeerNotSignatory.Code);
    }

    [Fact]
    public void Record_WhenPeerLeftTheTermWithoutSigning_ThrowsPeerNotSignatory()
    {
        var fixture = ScoringFixture.Create(leavers: 1);

        DomainAssert.ShouldViolate(AssessmentErrors.PeerNotSignatory, () => fixture.RecordPeer(fixture[0], fixture.Leavers[0], FullMarks));
    }

    [Fact]
    public void Record_WhenPeerKindWithoutPeerUnit_ThrowsPeerNotSignatory()
    {
        var fixture = ScoringFixture.Create();

        DomainAssert.ShouldViolate(AssessmentErrors.PeerNotSignatory, () => CovenantAssessment.Record(
            fixture.Covenant, fixture[0].Id, AssessorKind.Peer, null, FullMarks, null, null, null, Scorer, ScoredAt));
    }
}
