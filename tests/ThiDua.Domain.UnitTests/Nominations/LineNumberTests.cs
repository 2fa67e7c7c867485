using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;
using static ThiDua.Domain.UnitTests.Nominations.TestDossiers;
using static ThiDua.Domain.UnitTests.TestUnits;

namespace ThiDua.Domain.UnitTests.Nominations;

/// <summary>
/// A dossier's lines carry their number in its list (số thứ tự): the order the lines are listed in, awarded in and
/// entered in the certificate register, whatever order storage or their ids would give.
/// </summary>
public class LineNumberTests
{
    private readonly OrganisationUnit _hospital = Active("BVDK");

    private Nomination Draft() => Nomination.Draft(_hospital, 2025, CommendationType.Merit, "Đề nghị khen thưởng năm 2025", null, null, Now);

    private Person Staff(int i) =>
        Person.Register($"Nhân viên {i:D3}", Gender.Female, null, null, null, _hospital, "Điều dưỡng", new DateOnly(2015, 1, 1), Now);

    private NominationLine Propose(Nomination nomination, int i) =>
        nomination.ProposePerson(Staff(i), true, AwardCatalogue.AdvancedWorker, $"Thành tích {i}", [], [], null, Now);

    [Fact]
    public void ADraftWithoutLines_ListsNone() => Draft().Lines.ShouldBeEmpty();

    [Fact]
    public void TheFirstLine_IsNumberOne()
    {
        var nomination = Draft();

        var line = Propose(nomination, 1);

        line.Number.ShouldBe(1);
        nomination.Lines.ShouldHaveSingleItem().ShouldBeSameAs(line);
    }

    [Fact]
    public void TwoLines_AreOneAndTwo_InTheOrderProposed()
    {
        var nomination = Draft();
        var first = Propose(nomination, 1);
        var collective = nomination.ProposeUnit(_hospital, true, AwardCatalogue.AdvancedCollective, "Tập thể lao động tiên tiến", [], null, Now);

        nomination.Lines.Select(l => (l.Id, l.Number)).ShouldBe([(first.Id, 1), (collective.Id, 2)]);
    }

    [Fact]
    public void ManyLines_AreNumberedInTheOrderProposed_EvenWhenTheirIdsSortOtherwise()
    {
        var nomination = Draft();
        List<Guid> proposed;
        using (EntityIds.Deterministic("line-number-test"))
        {
            proposed = Enumerable.Range(1, 60).Select(i => Propose(nomination, i).Id).ToList();
        }

        proposed.Order().SequenceEqual(proposed).ShouldBeFalse("the ids must not already be in proposal order, or this test proves nothing");
        nomination.Lines.Select(l => l.Id).ShouldBe(proposed);
        nomination.Lines.Select(l => l.Number).ShouldBe(Enumerable.Range(1, 60));
    }

    [Theory]
    [InlineData(0, new[] { 1, 2 })]
    [InlineData(1, new[] { 0, 2 })]
    [InlineData(2, new[] { 0, 1 })]
    public void RemovingALine_MovesTheLinesAfterItUp_SoTheListHasNoGaps(int removedIndex, int[] remainingIndexes)
    {
        var nomination = Draft();
        var lines = Enumerable.Range(1, 3).Select(i => Propose(nomination, i)).ToList();

        nomination.RemoveLine(lines[removedIndex].Id, Now);

        nomination.Lines.Select(l => l.Id).ShouldBe(remainingIndexes.Select(i => lines[i].Id));
        nomination.Lines.Select(l => l.Number).ShouldBe([1, 2]);
        Propose(nomination, 4).Number.ShouldBe(3);
    }

    [Fact]
    public void RemovingTheOnlyLine_LeavesNone_AndTheNextLineIsNumberOneAgain()
    {
        var nomination = Draft();
        nomination.RemoveLine(Propose(nomination, 1).Id, Now);

        nomination.Lines.ShouldBeEmpty();
        Propose(nomination, 2).Number.ShouldBe(1);
    }

    [Fact]
    public void TheDecision_ReturnsTheLinesThatPassedInTheirNumberOrder()
    {
        var nomination = Draft();
        List<NominationLine> lines;
        using (EntityIds.Deterministic("line-number-decision"))
        {
            lines = Enumerable.Range(1, 12).Select(i => Propose(nomination, i)).ToList();
        }

        nomination.Submit(TestDocuments.Submission, nomination.Lines.ToDictionary(l => l.Id, l => Passing(l.AwardTypeCode)), Rules, Submitted);
        nomination.OpenCouncilReview(new Dictionary<Guid, RuleOutcome>(), Today, Now);
        foreach (var (line, i) in nomination.Lines.Select((l, i) => (l, i)))
        {
            // Every third line fails the vote (fewer than half of the members).
            nomination.RecordVote(line.Id, 15, 15, i % 3 == 2 ? 3 : 15, 0, null, Today, Now);
        }

        var passed = nomination.Decide(
            AwardDecision.Create(TestDocuments.Decision("15/QĐ-SYT", new DateOnly(2025, 12, 10)), "Trần Văn A", "Giám đốc"),
            new Dictionary<Guid, RuleOutcome>(), Decided);

        passed.Select(l => l.Id).ShouldBe(lines.Where((_, i) => i % 3 != 2).Select(l => l.Id));
        passed.Select(l => l.Number).ShouldBe([1, 2, 4, 5, 7, 8, 10, 11]);
    }

    private static EligibilityResult Passing(string code) =>
        new(code, 2025, Rules.Code, [new RuleOutcome("discipline.none_in_year", true, "No discipline period in 2025.", "Nghị định 152/2025/NĐ-CP, Điều 4.4 (R4)")]);
}
