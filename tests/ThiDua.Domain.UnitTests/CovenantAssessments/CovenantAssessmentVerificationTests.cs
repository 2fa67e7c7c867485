using ThiDua.Domain.CovenantAssessments;
using static ThiDua.Domain.UnitTests.CovenantAssessments.ScoringFixture;

namespace ThiDua.Domain.UnitTests.CovenantAssessments;

/// <summary>Staff composition belongs to the self-assessment; a verification differing from it needs a note.</summary>
public class CovenantAssessmentVerificationTests
{
    [Fact]
    public void Record_WhenSelfAssessmentDeclaresStaff_KeepsIt()
    {
        var fixture = ScoringFixture.Create();

        var assessment = fixture.RecordSelf(fixture[0], FullMarks, Staff(40, 30));

        assessment.Staff.ShouldBe(Staff(40, 30));
        assessment.Staff!.WomenShare.ShouldBe(0.75m);
    }

    [Fact]
    public void Record_WhenPeerDeclaresStaff_ThrowsStaffOnlyInSelfAssessment()
    {
        var fixture = ScoringFixture.Create();

        var exception = DomainAssert.ShouldViolate(AssessmentErrors.StaffOnlyInSelfAssessment, () => CovenantAssessment.Record(
            fixture.Covenant, fixture[0].Id, AssessorKind.Peer, fixture[1].Id, FullMarks, null, Staff(40, 30), null, Scorer, ScoredAt));

        exception.Error.Code.ShouldBe(AssessmentErrors.StaffOnlyInSelfAssessment.Code);
    }

    [Fact]
    public void Record_WhenVerificationDeclaresStaff_ThrowsStaffOnlyInSelfAssessment()
    {
        var fixture = ScoringFixture.Create();

        DomainAssert.ShouldViolate(AssessmentErrors.StaffOnlyInSelfAssessment, () => CovenantAssessment.Record(
            fixture.Covenant, fixture[0].Id, AssessorKind.Verified, null, FullMarks, "Thẩm định", Staff(40, 30), null, Scorer, ScoredAt));
    }

    [Fact]
    public void Revise_WhenSelfAssessmentOmitsStaff_KeepsTheDeclaredStaff()
    {
        var fixture = ScoringFixture.Create();
        var assessment = fixture.RecordSelf(fixture[0], FullMarks, Staff(40, 30));

        assessment.Revise(fixture.Covenant, FullMarks, null, null, null, null, Scorer, ScoredAt.AddDays(1));

        assessment.Staff.ShouldBe(Staff(40, 30));
    }

    [Fact]
    public void Revise_WhenSelfAssessmentDeclaresNewStaff_ReplacesItAndLogsTheChange()
    {
        var fixture = ScoringFixture.Create();
        var assessment = fixture.RecordSelf(fixture[0], FullMarks, Staff(40, 30));

        assessment.Revise(fixture.Covenant, FullMarks, null, Staff(50, 20), null, "Cập nhật nhân sự", Scorer, ScoredAt.AddDays(1));

        assessment.Staff.ShouldBe(Staff(50, 20));
        assessment.Changes.Where(c => c.Reason == "Cập nhật nhân sự").Select(c => (c.Item, c.OldValue, c.NewValue))
            .ShouldBe([("staff:total", 40m, 50m), ("staff:women", 30m, 20m)]);
    }

    [Fact]
    public void Revise_WhenStaffChangesWithoutReason_ThrowsChangeReasonRequired()
    {
        var fixture = ScoringFixture.Create();
        var assessment = fixture.RecordSelf(fixture[0], FullMarks, Staff(40, 30));

        DomainAssert.ShouldViolate(AssessmentErrors.ChangeReasonRequired, () =>
            assessment.Revise(fixture.Covenant, FullMarks, null, Staff(50, 20), null, null, Scorer, ScoredAt.AddDays(1)));
    }

    [Fact]
    public void StaffComposition_WhenNoStaff_HasZeroWomenShare()
    {
        Staff(0, 0).WomenShare.ShouldBe(0m);
    }

    [Fact]
    public void Record_WhenVerifiedDiffersFromSelfWithoutNote_ThrowsVerificationNoteRequired()
    {
        var fixture = ScoringFixture.Create();
        var self = fixture.RecordSelf(fixture[0], Scores(50, 40));

        var exception = DomainAssert.ShouldViolate(AssessmentErrors.VerificationNoteRequired, () => fixture.RecordVerified(fixture[0], Scores(45, 40), null, self));

        exception.Error.Code.ShouldBe(AssessmentErrors.VerificationNoteRequired.Code);
    }

    [Fact]
    public void Record_WhenVerifiedDiffersFromSelfWithBlankNote_ThrowsVerificationNoteRequired()
    {
        var fixture = ScoringFixture.Create();
        var self = fixture.RecordSelf(fixture[0], Scores(50, 40));

        DomainAssert.ShouldViolate(AssessmentErrors.VerificationNoteRequired, () => fixture.RecordVerified(fixture[0], Scores(45, 40), "   ", self));
    }

    [Fact]
    public void Record_WhenVerifiedPenaltyDiffersFromSelfWithoutNote_ThrowsVerificationNoteRequired()
    {
        var fixture = ScoringFixture.Create();
        var self = fixture.RecordSelf(fixture[0], Scores(50, 40, penalty: 1));

        DomainAssert.ShouldViolate(AssessmentErrors.VerificationNoteRequired, () => fixture.RecordVerified(fixture[0], Scores(50, 40, penalty: 2), null, self));
    }

    [Fact]
    public void Record_WhenVerifiedEqualsSelfWithoutNote_Records()
    {
        var fixture = ScoringFixture.Create();
        var self = fixture.RecordSelf(fixture[0], Scores(50, 40, 2, 1));

        var verified = fixture.RecordVerified(fixture[0], Scores(50, 40, 2, 1), null, self);

        verified.Kind.ShouldBe(AssessorKind.Verified);
        verified.AssessorKey.ShouldBe(CovenantAssessment.VerificationKey);
        verified.Note.ShouldBeNull();
    }

    [Fact]
    public void Record_WhenVerifiedDiffersFromSelfWithNote_RecordsTheTrimmedNote()
    {
        var fixture = ScoringFixture.Create();
        var self = fixture.RecordSelf(fixture[0], Scores(50, 40));

        var verified = fixture.RecordVerified(fixture[0], Scores(45, 40), "  Thiếu minh chứng tiêu chí 1.1  ", self);

        verified.Scores.Criteria[Criterion].ShouldBe(45m);
        verified.Note.ShouldBe("Thiếu minh chứng tiêu chí 1.1");
    }

    [Fact]
    public void Record_WhenNoSelfAssessment_NeedsNoNote()
    {
        var fixture = ScoringFixture.Create();

        var verified = fixture.RecordVerified(fixture[0], Scores(45, 40));

        verified.Scores.Criteria[Criterion].ShouldBe(45m);
        verified.Note.ShouldBeNull();
    }

    [Fact]
    public void Record_WhenSelfOrPeerDiffersFromAnotherAssessment_NeedsNoNote()
    {
        var fixture = ScoringFixture.Create();
        var self = fixture.RecordSelf(fixture[0], Scores(50, 40));

        var peer = CovenantAssessment.Record(
            fixture.Covenant, fixture[0].Id, AssessorKind.Peer, fixture[1].Id, Scores(30, 40), null, null, self, Scorer, ScoredAt);

        peer.Note.ShouldBeNull();
    }

    [Fact]
    public void Revise_WhenVerifiedNowDiffersFromSelfWithoutNote_ThrowsVerificationNoteRequired()
    {
        var fixture = ScoringFixture.Create();
        var self = fixture.RecordSelf(fixture[0], Scores(50, 40));
        var verified = fixture.RecordVerified(fixture[0], Scores(50, 40), null, self);

        DomainAssert.ShouldViolate(AssessmentErrors.VerificationNoteRequired, () => verified.Revise(
            fixture.Covenant, Scores(45, 40), null, null, self, "Thẩm định lại", Scorer, ScoredAt.AddDays(1)));

        verified.Scores.Criteria[Criterion].ShouldBe(50m);
    }
}
