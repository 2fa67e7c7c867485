using ThiDua.Domain.Common;
using ThiDua.Domain.CovenantAssessments;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;
using ThiDua.Domain.UnitTests.Covenants;
using static ThiDua.Domain.UnitTests.TestClusters;

namespace ThiDua.Domain.UnitTests.History;

/// <summary>
/// A covenant of <see cref="TestClusters.Year"/> (2025; signing deadline 2025-06-30) entered as history on 1 June 2028
/// (ADR 0014): the windows of each act, the deadline against the real date, the order of acts and the one-way switch to live.
/// </summary>
public sealed class CovenantHistoryTests
{
    private static readonly DateTimeOffset EnteredAt = new(2028, 6, 1, 9, 0, 0, TimeSpan.FromHours(7));

    private static HistoricalEntry On(int year, int month, int day) =>
        HistoricalEntry.Create(new DateOnly(year, month, day), TestUnits.Doc("01/GƯTĐ-C1"), "council-1", EnteredAt);

    private static (ClusterTerm Term, Covenant Covenant, OrganisationUnit[] Members) Drafted(int members = 2)
    {
        var units = Enumerable.Range(1, members).Select(i => TestUnits.Active($"BV-{i:D2}")).ToArray();
        var (_, term, covenant) = TestCovenants.Drafted(units);
        return (term, covenant, units);
    }

    private static (ClusterTerm Term, Covenant Covenant, OrganisationUnit[] Members) OpenedAsHistory(int members = 2)
    {
        var (term, covenant, units) = Drafted(members);
        covenant.OpenForSigning(EnteredAt, On(Year, 2, 1));
        return (term, covenant, units);
    }

    private static Covenant InScoringAsHistory(out OrganisationUnit[] members)
    {
        var (term, covenant, units) = OpenedAsHistory(1);
        covenant.Sign(term, units[0].Id, "council-1", null, EnteredAt, On(Year, 3, 10));
        covenant.OpenForScoring(term, EnteredAt, On(Year, 12, 1));
        members = units;
        return covenant;
    }

    [Fact]
    public void ADraft_IsNotYetRecorded_OpeningDecidesTheMode()
    {
        var (_, draft, _) = Drafted();
        draft.RecordedAs.ShouldBeNull();
        var (_, history, _) = OpenedAsHistory();
        history.RecordedAs.ShouldBe(RecordingMode.History);
        history.History.ShouldHaveSingleItem().Action.ShouldBe(Covenant.OpenedForSigningAction);
        var (_, live, _) = Drafted();
        live.OpenForSigning(EnteredAt);
        live.RecordedAs.ShouldBe(RecordingMode.Live);
        live.History.ShouldBeEmpty();
    }

    [Fact]
    public void OpeningAsHistory_FallsInTheYearOrTheYearBefore()
    {
        Drafted().Covenant.OpenForSigning(EnteredAt, On(Year - 1, 1, 1));
        Drafted().Covenant.OpenForSigning(EnteredAt, On(Year, 12, 31));
        DomainAssert.ShouldViolate(HistoryErrors.DateOutsidePeriod, () => Drafted().Covenant.OpenForSigning(EnteredAt, On(Year - 2, 12, 31)));
        DomainAssert.ShouldViolate(HistoryErrors.DateOutsidePeriod, () => Drafted().Covenant.OpenForSigning(EnteredAt, On(Year + 1, 1, 1)));
    }

    [Fact]
    public void AHistoricalSignature_IsCheckedAgainstTheDeadline_OnItsRealDate()
    {
        var (term, covenant, units) = OpenedAsHistory();
        var onDeadline = covenant.Sign(term, units[0].Id, "council-1", "Giám đốc", EnteredAt, On(Year, 6, 30));
        onDeadline.SignedOn.ShouldBe(new DateOnly(Year, 6, 30));
        onDeadline.SignedAt.ShouldBe(EnteredAt);
        onDeadline.Historical!.Action.ShouldBe(Covenant.SignedAction);
        DomainAssert.ShouldViolate(CovenantErrors.SigningDeadlinePassed, () => covenant.Sign(term, units[1].Id, "council-1", null, EnteredAt, On(Year, 7, 1)));
    }

    [Fact]
    public void AHistoricalSignature_IsNotBeforeTheCovenantWasOpened()
    {
        var (term, covenant, units) = OpenedAsHistory();
        DomainAssert.ShouldViolate(HistoryErrors.DateBeforePreviousAct, () => covenant.Sign(term, units[0].Id, "c", null, EnteredAt, On(Year, 1, 31)));
        covenant.Sign(term, units[0].Id, "c", null, EnteredAt, On(Year, 2, 1)).SignedOn.ShouldBe(new DateOnly(Year, 2, 1));
    }

    [Fact]
    public void ALiveAct_AfterHistory_MakesTheCovenantLive_AndHistoryCannotFollow()
    {
        var (term, covenant, units) = OpenedAsHistory(3);
        covenant.Sign(term, units[0].Id, "c", null, EnteredAt, On(Year, 3, 1));
        covenant.RecordedAs.ShouldBe(RecordingMode.History);
        covenant.Sign(term, units[1].Id, "officer", null, TestUnits.Now);
        covenant.RecordedAs.ShouldBe(RecordingMode.Live);
        DomainAssert.ShouldViolate(HistoryErrors.RecordIsLive, () => covenant.Sign(term, units[2].Id, "c", null, EnteredAt, On(Year, 3, 2)));
    }

    [Fact]
    public void ACovenantOpenedLive_TakesNoHistory()
    {
        var (term, covenant, units) = Drafted(1);
        covenant.OpenForSigning(TestUnits.Now);
        DomainAssert.ShouldViolate(HistoryErrors.RecordIsLive, () => covenant.Sign(term, units[0].Id, "c", null, EnteredAt, On(Year, 3, 1)));
    }

    [Fact]
    public void ScoringOpensAsHistory_InTheYearOrTheNext_NotBeforeTheLatestSignature()
    {
        Covenant Signed(out ClusterTerm term)
        {
            var (t, covenant, units) = OpenedAsHistory(1);
            covenant.Sign(t, units[0].Id, "c", null, EnteredAt, On(Year, 3, 10));
            term = t;
            return covenant;
        }

        var a = Signed(out var termA);
        DomainAssert.ShouldViolate(HistoryErrors.DateBeforePreviousAct, () => a.OpenForScoring(termA, EnteredAt, On(Year, 3, 9)));
        a.OpenForScoring(termA, EnteredAt, On(Year, 3, 10));
        a.ScoringOpenedOn.ShouldBe(new DateOnly(Year, 3, 10));

        var b = Signed(out var termB);
        b.OpenForScoring(termB, EnteredAt, On(Year + 1, 12, 31));
        var c = Signed(out var termC);
        DomainAssert.ShouldViolate(HistoryErrors.DateOutsidePeriod, () => c.OpenForScoring(termC, EnteredAt, HistoricalEntry.Create(new DateOnly(Year + 2, 1, 1), TestUnits.Doc(), "c", EnteredAt)));
    }

    [Fact]
    public void FinalizingAsHistory_IsNotBeforeTheLatestScore()
    {
        var covenant = InScoringAsHistory(out _);
        DomainAssert.ShouldViolate(HistoryErrors.DateBeforePreviousAct, () => covenant.Finalize([], EnteredAt, On(Year, 12, 4), latestScoreOn: new DateOnly(Year, 12, 5)));
        covenant.Finalize([], EnteredAt, On(Year, 12, 5), latestScoreOn: new DateOnly(Year, 12, 5));
        covenant.Status.ShouldBe(CovenantStatus.Finalized);
        covenant.RecordedAs.ShouldBe(RecordingMode.History);
        covenant.History.Select(h => h.Action).ShouldBe([Covenant.OpenedForSigningAction, Covenant.OpenedForScoringAction, Covenant.FinalizedAction]);
    }

    [Fact]
    public void Scores_FollowTheCovenantsMode()
    {
        var covenant = InScoringAsHistory(out var members);
        var scores = new AssessmentScores(new Dictionary<string, decimal> { ["TC1"] = 50 }, new Dictionary<string, decimal>(), new Dictionary<string, decimal>());
        DomainAssert.ShouldViolate(HistoryErrors.RecordIsHistorical, () =>
            CovenantAssessment.Record(covenant, members[0].Id, AssessorKind.Self, null, scores, null, null, null, "officer", EnteredAt));
        DomainAssert.ShouldViolate(HistoryErrors.DateBeforePreviousAct, () =>
            CovenantAssessment.Record(covenant, members[0].Id, AssessorKind.Self, null, scores, null, null, null, "c", EnteredAt, On(Year, 11, 30)));
        var assessment = CovenantAssessment.Record(covenant, members[0].Id, AssessorKind.Self, null, scores, null, null, null, "c", EnteredAt, On(Year, 12, 1));
        assessment.RecordedAs.ShouldBe(RecordingMode.History);
        assessment.LatestHistoricalOn.ShouldBe(new DateOnly(Year, 12, 1));

        // A revision as history: not before the assessment's previous entry, within the year after.
        var revised = scores with { Criteria = new Dictionary<string, decimal> { ["TC1"] = 55 } };
        DomainAssert.ShouldViolate(HistoryErrors.DateOutsidePeriod, () =>
            assessment.Revise(covenant, revised, null, null, null, "Biên bản", "c", EnteredAt, HistoricalEntry.Create(new DateOnly(Year + 2, 1, 1), TestUnits.Doc(), "c", EnteredAt)));
        assessment.Revise(covenant, revised, null, null, null, "Biên bản", "c", EnteredAt, On(Year + 1, 12, 31));
        assessment.History.Select(h => h.Action).ShouldBe([CovenantAssessment.RecordedAction, CovenantAssessment.RevisedAction]);

        // Once the covenant went live (finalized live), historical scores are refused as for any live covenant.
        covenant.Finalize([], TestUnits.Now.AddYears(2));
        covenant.RecordedAs.ShouldBe(RecordingMode.Live);
    }

    [Fact]
    public void HistoricalScores_OnALiveCovenant_AreRefused()
    {
        var (covenant, _, member) = TestCovenants.InStatus(CovenantStatus.Scoring);
        var scores = new AssessmentScores(new Dictionary<string, decimal> { ["TC1"] = 50 }, new Dictionary<string, decimal>(), new Dictionary<string, decimal>());
        DomainAssert.ShouldViolate(HistoryErrors.RecordIsLive, () =>
            CovenantAssessment.Record(covenant, member.Id, AssessorKind.Self, null, scores, null, null, null, "c", EnteredAt, On(Year, 12, 1)));
    }
}
