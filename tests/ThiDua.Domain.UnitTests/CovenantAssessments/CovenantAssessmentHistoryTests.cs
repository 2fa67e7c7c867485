using ThiDua.Domain.CovenantAssessments;
using static ThiDua.Domain.UnitTests.CovenantAssessments.ScoringFixture;

namespace ThiDua.Domain.UnitTests.CovenantAssessments;

/// <summary>Every change of every scored item is kept: who, when, old value, new value, reason.</summary>
public class CovenantAssessmentHistoryTests
{
    private static readonly DateTimeOffset RevisedAt = ScoredAt.AddDays(2);

    [Fact]
    public void Record_WhenFirstScores_LogsOneChangePerItemWithoutOldValue()
    {
        var fixture = ScoringFixture.Create();

        var assessment = fixture.RecordSelf(fixture[0], Scores(50, 40, 2, 1));

        assessment.Changes.Select(c => (c.Item, c.OldValue, c.NewValue)).ShouldBe(
        [
            ("bonus:B1", null, 2m),
            ("criterion:1.1", null, 50m),
            ("criterion:2.1", null, 40m),
            ("penalty:P1", null, 1m),
        ]);
        assessment.Changes.ShouldAllBe(c => c.Reason == null && c.ChangedBy == Scorer && c.ChangedAt == ScoredAt && c.Id != Guid.Empty);
    }

    [Fact]
    public void Record_WhenNoItems_LogsNothing()
    {
        var fixture = ScoringFixture.Create();

        var assessment = fixture.RecordSelf(fixture[0], AssessmentScores.Empty);

        assessment.Changes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Revise_WhenValuesChangeWithoutReason_ThrowsChangeReasonRequiredAndKeepsEverything(string? reason)
    {
        var fixture = ScoringFixture.Create();
        var assessment = fixture.RecordSelf(fixture[0], Scores(50, 40));

        var exception = DomainAssert.ShouldViolate(AssessmentErrors.ChangeReasonRequired, () => assessment.Revise(
            fixture.Covenant, Scores(55, 40), null, null, null, reason, "scorer-2", RevisedAt));

        exception.Error.Code.ShouldBe(AssessmentErrors.ChangeReasonRequired.Code);
        assessment.Scores.Criteria[Criterion].ShouldBe(50m);
        assessment.Changes.Count.ShouldBe(2);
        assessment.UpdatedBy.ShouldBe(Scorer);
        assessment.UpdatedAt.ShouldBe(ScoredAt);
    }

    [Fact]
    public void Revise_WhenNoValueChanges_NeedsNoReasonAndLogsNothing()
    {
        var fixture = ScoringFixture.Create();
        var assessment = fixture.RecordSelf(fixture[0], Scores(50, 40, 2));

        assessment.Revise(fixture.Covenant, Scores(50, 40, 2), "Giữ nguyên", null, null, null, "scorer-2", RevisedAt);

        assessment.Changes.Count.ShouldBe(3);
        assessment.Note.ShouldBe("Giữ nguyên");
        assessment.UpdatedBy.ShouldBe("scorer-2");
    }

    [Fact]
    public void Revise_WhenValuesChangeWithReason_LogsOnlyTheChangedItems()
    {
        var fixture = ScoringFixture.Create();
        var assessment = fixture.RecordSelf(fixture[0], Scores(50, 40, 2, 1));

        assessment.Revise(fixture.Covenant, Scores(55, 40, 2, 3), null, null, null, "  Bổ sung minh chứng  ", "scorer-2", RevisedAt);

        var logged = assessment.Changes.Skip(4).ToList();
        logged.Select(c => (c.Item, c.OldValue, c.NewValue)).ShouldBe(
        [
            ("criterion:1.1", 50m, 55m),
            ("penalty:P1", 1m, 3m),
        ]);
        logged.ShouldAllBe(c => c.Reason == "Bổ sung minh chứng" && c.ChangedBy == "scorer-2" && c.ChangedAt == RevisedAt);
        assessment.Changes.Take(4).ShouldAllBe(c => c.OldValue == null && c.ChangedBy == Scorer);
    }

    [Fact]
    public void Revise_WhenItemRemoved_LogsTheRemovalWithoutNewValue()
    {
        var fixture = ScoringFixture.Create();
        var assessment = fixture.RecordSelf(fixture[0], Scores(50, 40, 2));

        assessment.Revise(fixture.Covenant, Scores(50, 40), null, null, null, "Không đủ điều kiện điểm thưởng", Scorer, RevisedAt);

        var change = assessment.Changes.Skip(3).ShouldHaveSingleItem();
        change.Item.ShouldBe("bonus:B1");
        change.OldValue.ShouldBe(2m);
        change.NewValue.ShouldBeNull();
        assessment.Scores.Bonuses.ShouldBeEmpty();
    }

    [Fact]
    public void Revise_WhenItemAdded_LogsItWithoutOldValue()
    {
        var fixture = ScoringFixture.Create();
        var assessment = fixture.RecordSelf(fixture[0], Scores(50, 40));

        assessment.Revise(fixture.Covenant, Scores(50, 40, penalty: 4), null, null, null, "Chậm nộp báo cáo quý III", Scorer, RevisedAt);

        var change = assessment.Changes.Skip(2).ShouldHaveSingleItem();
        change.Item.ShouldBe("penalty:P1");
        change.OldValue.ShouldBeNull();
        change.NewValue.ShouldBe(4m);
    }

    [Fact]
    public void Revise_WhenRevisedTwice_KeepsEveryChangeInOrder()
    {
        var fixture = ScoringFixture.Create();
        var assessment = fixture.RecordSelf(fixture[0], Scores(50, 40));

        assessment.Revise(fixture.Covenant, Scores(52, 40), null, null, null, "Lần 1", Scorer, RevisedAt);
        assessment.Revise(fixture.Covenant, Scores(54, 40), null, null, null, "Lần 2", Scorer, RevisedAt.AddHours(1));

        assessment.Changes.Where(c => c.Item == "criterion:1.1").Select(c => (c.OldValue, c.NewValue, c.Reason)).ShouldBe(
        [
            (null, 50m, null),
            (50m, 52m, "Lần 1"),
            (52m, 54m, "Lần 2"),
        ]);
    }
}
