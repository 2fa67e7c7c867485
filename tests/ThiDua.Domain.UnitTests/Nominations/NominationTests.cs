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

/// <summary>The dossier's states, eligibility at submission, council votes and the decision.</summary>
public class NominationTests
{
    private static readonly Dictionary<Guid, RuleOutcome> NoHolds = [];
    private readonly OrganisationUnit _hospital = Active("BVDK");
    private readonly Person _lan;

    public NominationTests() =>
        _lan = Person.Register("Nguyễn Thị Lan", Gender.Female, null, null, null, _hospital, "Bác sĩ", new DateOnly(2015, 1, 1), Now);

    private Nomination Draft(CommendationType type = CommendationType.Merit) =>
        Nomination.Draft(_hospital, 2025, type, "Đề nghị khen thưởng năm 2025", null, null, Now);

    private static EligibilityResult Result(string code, bool passed) =>
        new(code, 2025, Rules.Code, [new RuleOutcome("discipline.none_in_year", passed, passed ? "No discipline period in 2025." : "Disciplined (Reprimand 2025-01-01–2025-02-28).", "Nghị định 152/2025/NĐ-CP, Điều 4.4 (R4)")]);

    private static EligibilityResult Precondition(string code) =>
        new(code, 2025, Rules.Code, [new RuleOutcome("ldtt.rating_good", false, "Rating 2025: completed.", "Luật 06/2022/QH15, Điều 24")]);

    private static RuleOutcome HoldSince(string date) => new("hold.none", false, $"A hold is in force since {date}.", "Nghị định 152/2025/NĐ-CP, Điều 4.4 (R4)");

    private static RuleOutcome NoHold => new("hold.none", true, "No hold in force.", "Nghị định 152/2025/NĐ-CP, Điều 4.4 (R4)");

    private static Dictionary<Guid, EligibilityResult> AllPass(Nomination n) => n.Lines.ToDictionary(l => l.Id, l => Result(l.AwardTypeCode, true));

    private Nomination InCouncil(out NominationLine line, string code = AwardCatalogue.GrassrootsEmulationFighter)
    {
        var nomination = Draft();
        line = nomination.ProposePerson(_lan, true, code, "Hoàn thành xuất sắc nhiệm vụ", ["Báo cáo thành tích"], [], null, Now);
        nomination.Submit(TestDocuments.Submission, AllPass(nomination), Rules, Submitted);
        nomination.OpenCouncilReview(NoHolds, Today, Submitted);
        return nomination;
    }

    private static AwardDecision DecisionOn(DateOnly date) =>
        AwardDecision.Create(TestDocuments.Decision("15/QĐ-SYT", date), "Trần Văn A", "Giám đốc");

    [Fact]
    public void Draft_AtAnInactiveUnit_Throws() =>
        DomainAssert.ShouldViolate(NominationErrors.ProposingUnitNotActive,
            () => Nomination.Draft(Inactive("BV-OLD", UnitStatus.Dissolved), 2025, CommendationType.Merit, "Đề nghị", null, null, Now));

    [Fact]
    public void Lines_MatchTheAwardTypesRecipientKind_AndAreNotRepeated()
    {
        var nomination = Draft();

        DomainAssert.ShouldViolate(NominationErrors.RecipientKindMismatch, () => nomination.ProposePerson(_lan, true, AwardCatalogue.ProvincialFlag, "x", [], [], null, Now));
        DomainAssert.ShouldViolate(NominationErrors.RecipientKindMismatch, () => nomination.ProposeUnit(_hospital, true, AwardCatalogue.AdvancedWorker, "x", [], null, Now));
        DomainAssert.ShouldViolate(NominationErrors.UnknownAwardType, () => nomination.ProposeUnit(_hospital, true, "XYZ", "x", [], null, Now));
        DomainAssert.ShouldViolate(NominationErrors.NomineeOutsideUnit, () => nomination.ProposeUnit(Active("OTHER"), false, AwardCatalogue.ProvincialFlag, "x", [], null, Now));
        nomination.ProposePerson(_lan, true, AwardCatalogue.AdvancedWorker, "x", [], [], null, Now);
        DomainAssert.ShouldViolate(NominationErrors.DuplicateLine, () => nomination.ProposePerson(_lan, true, AwardCatalogue.AdvancedWorker, "y", [], [], null, Now));
    }

    [Fact]
    public void Submit_WithASubmissionThatIsOnlyCited_NotStored_Throws_AndKeepsTheDraft()
    {
        var nomination = Draft();
        nomination.ProposePerson(_lan, true, AwardCatalogue.AdvancedWorker, "Hoàn thành xuất sắc nhiệm vụ", [], [], null, Now);

        DomainAssert.ShouldViolate(
            NominationErrors.SubmissionDocumentRequired,
            () => nomination.Submit(DocumentReference.Create("12/TTr-BVĐK", new DateOnly(2025, 11, 20), "Bệnh viện"), AllPass(nomination), Rules, Submitted));
        (nomination.Status, nomination.Submission).ShouldBe((NominationStatus.Draft, (DocumentReference?)null));
    }

    [Fact]
    public void Submit_RecordsTheSubmission_AndAResubmissionReplacesIt()
    {
        var nomination = Draft();
        nomination.ProposePerson(_lan, true, AwardCatalogue.AdvancedWorker, "Hoàn thành xuất sắc nhiệm vụ", [], [], null, Now);
        nomination.Submit(TestDocuments.Submission, AllPass(nomination), Rules, Submitted);
        nomination.Submission.ShouldBe(TestDocuments.Submission);

        nomination.Return("Bổ sung biên bản họp Hội đồng", Submitted);
        var second = DocumentReference.Create("15/TTr-BVĐK", new DateOnly(2025, 11, 25), "Bệnh viện Đa khoa tỉnh Hà Nam", ThiDua.Domain.Documents.DocumentId.New());
        nomination.Submit(second, AllPass(nomination), Rules, Submitted);
        nomination.Submission.ShouldBe(second);
    }

    [Fact]
    public void Decide_WithADecisionThatIsOnlyCited_NotStored_Throws_AndConfersNothing()
    {
        var nomination = InCouncil(out var line);
        nomination.RecordVote(line.Id, 15, 15, 15, 0, null, Today, Submitted);

        DomainAssert.ShouldViolate(
            NominationErrors.DecisionDocumentRequired,
            () => nomination.Decide(AwardDecision.Create(DocumentReference.Create("15/QĐ-SYT", Today, "Sở Y tế Hà Nam"), "Trần Văn A", "Giám đốc"), NoHolds, Decided));
        (nomination.Status, nomination.Decision).ShouldBe((NominationStatus.CouncilReview, (AwardDecision?)null));
    }

    [Fact]
    public void ALinesAchievementReport_AndItsCouncilMinutes_AreStoredDocuments_NotCitations()
    {
        var nomination = Draft();
        var line = nomination.ProposePerson(_lan, true, AwardCatalogue.AdvancedWorker, "Hoàn thành xuất sắc nhiệm vụ", [], [], null, Now);
        var cited = DocumentReference.Create("7/BC-BVĐK", new DateOnly(2025, 11, 15), "Bệnh viện");
        var stored = TestDocuments.Decision("7/BC-BVĐK", new DateOnly(2025, 11, 15), "Bệnh viện");

        DomainAssert.ShouldViolate(ThiDua.Domain.Documents.DocumentErrors.NotStored, () => nomination.AttachAchievementReport(line.Id, cited, Now));
        nomination.AttachAchievementReport(line.Id, stored, Now);
        line.AchievementReport.ShouldBe(stored);

        nomination.Submit(TestDocuments.Submission, AllPass(nomination), Rules, Submitted);
        DomainAssert.ShouldViolate(NominationErrors.NotEditable, () => nomination.AttachAchievementReport(line.Id, stored, Now));
        nomination.OpenCouncilReview(NoHolds, Today, Submitted);
        DomainAssert.ShouldViolate(ThiDua.Domain.Documents.DocumentErrors.NotStored, () => nomination.RecordVote(line.Id, 15, 15, 15, 0, null, Today, Submitted, minutes: cited));
        line.Vote.ShouldBeNull();
        nomination.RecordVote(line.Id, 15, 15, 15, 0, null, Today, Submitted, minutes: stored);
        line.CouncilMinutes.ShouldBe(stored);
    }

    [Fact]
    public void Submit_WithoutLines_Throws() =>
        DomainAssert.ShouldViolate(NominationErrors.NoLines, () => Draft().Submit(TestDocuments.Submission, new Dictionary<Guid, EligibilityResult>(), Rules, Submitted));

    [Fact]
    public void Submit_AFailingLine_NeedsAJustification_AndTheFailuresStayVisible()
    {
        var nomination = Draft();
        var line = nomination.ProposePerson(_lan, true, AwardCatalogue.AdvancedWorker, "Hoàn thành nhiệm vụ", [], [], null, Now);
        var failing = new Dictionary<Guid, EligibilityResult> { [line.Id] = Result(line.AwardTypeCode, false) };

        var error = DomainAssert.ShouldViolate(NominationErrors.FailingLineUnjustified, () => nomination.Submit(TestDocuments.Submission, failing, Rules, Submitted));
        error.Error.Message.ShouldContain("discipline.none_in_year");
        nomination.Status.ShouldBe(NominationStatus.Draft);

        nomination.JustifyLine(line.Id, "Kỷ luật chấp hành xong tháng 2; thành tích từ tháng 3 được tính (NĐ 152/2025, Điều 4.4)", Now);
        nomination.Submit(TestDocuments.Submission, failing, Rules, Submitted);

        nomination.Status.ShouldBe(NominationStatus.Submitted);
        nomination.RuleSetCode.ShouldBe(Rules.Code);
        line.Eligibility!.IsEligible.ShouldBeFalse();
    }

    [Fact]
    public void Return_NeedsSubmitted_AndAReturnedDossierCanBeCorrectedAndResubmitted()
    {
        var nomination = Draft();
        nomination.ProposePerson(_lan, true, AwardCatalogue.AdvancedWorker, "x", [], [], null, Now);
        DomainAssert.ShouldViolate(NominationErrors.WrongState, () => nomination.Return("Thiếu biên bản", Now));
        nomination.Submit(TestDocuments.Submission, AllPass(nomination), Rules, Submitted);
        DomainAssert.ShouldViolate(NominationErrors.NotEditable, () => nomination.ProposeUnit(_hospital, true, AwardCatalogue.AdvancedCollective, "x", [], null, Now));

        nomination.Return("Thiếu biên bản họp hội đồng", Now);
        nomination.ProposeUnit(_hospital, true, AwardCatalogue.AdvancedCollective, "Tập thể hoàn thành tốt nhiệm vụ", [], null, Now);
        nomination.Submit(TestDocuments.Submission, AllPass(nomination), Rules, Submitted);

        (nomination.Status, nomination.ReturnReason, nomination.Lines.Count).ShouldBe((NominationStatus.Submitted, null, 2));
    }

    [Fact]
    public void Withdraw_FromDraftOrSubmitted_NotOnceTheCouncilReviews()
    {
        Draft().Withdraw(Now);
        var submitted = Draft();
        submitted.ProposePerson(_lan, true, AwardCatalogue.AdvancedWorker, "x", [], [], null, Now);
        submitted.Submit(TestDocuments.Submission, AllPass(submitted), Rules, Submitted);
        submitted.Withdraw(Submitted);
        var returned = Draft();
        returned.ProposePerson(_lan, true, AwardCatalogue.AdvancedWorker, "x", [], [], null, Now);
        returned.Submit(TestDocuments.Submission, AllPass(returned), Rules, Submitted);
        returned.Return("Thiếu biên bản", Submitted);
        returned.Withdraw(Submitted);
        var reviewed = InCouncil(out _);

        (submitted.Status, returned.Status).ShouldBe((NominationStatus.Withdrawn, NominationStatus.Withdrawn));
        DomainAssert.ShouldViolate(NominationErrors.WrongState, () => reviewed.Withdraw(Now));
    }

    [Theory]
    [InlineData(11, false)] // 73.3 % of 15 members
    [InlineData(12, true)] // 80 %
    public void Vote_GrassrootsFighterNeeds80PercentOfAllMembers(int yes, bool passed)
    {
        var nomination = InCouncil(out var line);

        nomination.RecordVote(line.Id, members: 15, present: 13, yes: yes, writtenYes: 0, null, Today, Now).Passed.ShouldBe(passed);
    }

    [Theory]
    [InlineData(9, false)] // fewer than 2/3 of 15
    [InlineData(10, true)]
    public void Vote_NeedsTwoThirdsOfMembersPresent(int present, bool counts)
    {
        var nomination = InCouncil(out var line);

        if (counts)
        {
            nomination.RecordVote(line.Id, 15, present, present, 0, null, Today, Now).Present.ShouldBe(present);
        }
        else
        {
            DomainAssert.ShouldViolate(NominationErrors.NoQuorum, () => nomination.RecordVote(line.Id, 15, present, present, 0, null, Today, Now));
        }
    }

    [Fact]
    public void Submit_RefusesALineFailingALegalBar_EvenWithAJustification()
    {
        var nomination = Draft();
        var line = nomination.ProposePerson(_lan, true, AwardCatalogue.AdvancedWorker, "x", [], [], "Đang chờ kết luận", Now);
        var held = new EligibilityResult(AwardCatalogue.AdvancedWorker, 2025, Rules.Code, [new RuleOutcome("hold.none", false, "A hold is in force.", "Nghị định 152/2025/NĐ-CP, Điều 4.4 (R4)")]);
        var criterion = Result(AwardCatalogue.AdvancedWorker, false);

        DomainAssert.ShouldViolate(NominationErrors.LineBarred, () => nomination.Submit(TestDocuments.Submission, new Dictionary<Guid, EligibilityResult> { [line.Id] = held }, Rules, Submitted));
        nomination.Submit(TestDocuments.Submission, new Dictionary<Guid, EligibilityResult> { [line.Id] = criterion }, Rules, Submitted);
        nomination.Status.ShouldBe(NominationStatus.Submitted);
    }

    [Fact]
    public void Vote_CountsAbsentMembersWrittenYesVotesTowardsAThresholdOverAllMembers()
    {
        var nomination = InCouncil(out var line);

        var vote = nomination.RecordVote(line.Id, members: 15, present: 11, yes: 11, writtenYes: 1, null, Today, Now);

        vote.ShouldBe(new CouncilVote(15, 11, 11, 1, Passed: true));
    }

    [Fact]
    public void Vote_WithMoreYesThanPresent_OrOutsideCouncilReview_Throws()
    {
        var nomination = InCouncil(out var line);
        DomainAssert.ShouldViolate(NominationErrors.VoteInvalid, () => nomination.RecordVote(line.Id, 15, 12, 13, 0, null, Today, Now));
        DomainAssert.ShouldViolate(NominationErrors.VoteInvalid, () => nomination.RecordVote(line.Id, 15, 12, 12, 4, null, Today, Now)); // only 3 absent

        var draft = Draft();
        var draftLine = draft.ProposePerson(_lan, true, AwardCatalogue.AdvancedWorker, "x", [], [], null, Now);
        DomainAssert.ShouldViolate(NominationErrors.WrongState, () => draft.RecordVote(draftLine.Id, 15, 15, 15, 0, null, Today, Now));
    }

    [Fact]
    public void Decide_NeedsEveryVote_APassedLine_AndADateNotBeforeSubmission()
    {
        var nomination = InCouncil(out var line);
        DomainAssert.ShouldViolate(NominationErrors.VotesMissing, () => nomination.Decide(DecisionOn(new DateOnly(2025, 12, 10)), NoHolds, Now));
        nomination.RecordVote(line.Id, 15, 15, 10, 0, null, Today, Now);
        DomainAssert.ShouldViolate(NominationErrors.NothingPassed, () => nomination.Decide(DecisionOn(new DateOnly(2025, 12, 10)), NoHolds, Now));

        nomination.RecordVote(line.Id, 15, 15, 14, 0, null, Today, Now);
        DomainAssert.ShouldViolate(NominationErrors.DecisionBeforeSubmission, () => nomination.Decide(DecisionOn(new DateOnly(2025, 11, 19)), NoHolds, Now));
        DomainAssert.ShouldViolate(NominationErrors.DecisionInFuture, () => nomination.Decide(DecisionOn(new DateOnly(2025, 12, 11)), NoHolds, Decided));
        var passed = nomination.Decide(DecisionOn(new DateOnly(2025, 12, 10)), NoHolds, Decided);

        passed.ShouldHaveSingleItem().Id.ShouldBe(line.Id);
        nomination.Status.ShouldBe(NominationStatus.Decided);
        nomination.DomainEvents.OfType<ThiDua.Domain.Nominations.Events.NominationDecidedDomainEvent>().ShouldHaveSingleItem()
            .ShouldBe(new ThiDua.Domain.Nominations.Events.NominationDecidedDomainEvent(nomination.Id, new DateOnly(2025, 12, 10), Decided));
        nomination.Decision!.Year.ShouldBe(2025);
        DomainAssert.ShouldViolate(NominationErrors.WrongState, () => nomination.MarkNotAwarded("Muộn", Now));
    }

    [Fact]
    public void MarkNotAwarded_FromCouncilReview()
    {
        var nomination = InCouncil(out _);

        nomination.MarkNotAwarded("Không đạt tỷ lệ phiếu", Now);

        (nomination.Status, nomination.NotAwardedReason).ShouldBe((NominationStatus.NotAwarded, "Không đạt tỷ lệ phiếu"));
    }

    [Fact]
    public void AnAwardFromADecision_CarriesTheBonusAndTheNames()
    {
        var record = AwardRecord.FromDecision(
            AwardCatalogue.ProvincialFlag, null, _hospital.Id, _hospital.Name, _hospital.Name, 2024, CommendationType.Merit,
            DocumentReference.Create("15/QĐ-UBND", new DateOnly(2025, 1, 10), "UBND tỉnh"), 18_720_000, [], Now);

        (record.Source, record.BonusVnd, record.RecipientKind).ShouldBe((AwardSource.Decision, 18_720_000L, RecipientKind.Collective));
    }

    [Fact]
    public void Submit_RefusesALineFailingALegalPrecondition_EvenWithAJustification()
    {
        var nomination = Draft();
        var line = nomination.ProposePerson(_lan, true, AwardCatalogue.GrassrootsEmulationFighter, "x", [], [], "Hội đồng đánh giá cao thành tích", Now);
        var failing = new Dictionary<Guid, EligibilityResult> { [line.Id] = Precondition(line.AwardTypeCode) };

        var error = DomainAssert.ShouldViolate(NominationErrors.PreconditionNotMet, () => nomination.Submit(TestDocuments.Submission, failing, Rules, Submitted));

        error.Error.Message.ShouldContain("Nguyễn Thị Lan (CSTDCS): ldtt.rating_good — Rating 2025: completed.");
        nomination.Status.ShouldBe(NominationStatus.Draft);
    }

    [Theory]
    [InlineData(NominationStatus.Submitted)]
    [InlineData(NominationStatus.CouncilReview)]
    [InlineData(NominationStatus.Decided)]
    public void Submit_OutsideDraftOrReturned_IsAWrongState(NominationStatus status)
    {
        var nomination = InCouncil(out var line);
        if (status == NominationStatus.Submitted)
        {
            nomination = Draft();
            nomination.ProposePerson(_lan, true, AwardCatalogue.AdvancedWorker, "x", [], [], null, Now);
            nomination.Submit(TestDocuments.Submission, AllPass(nomination), Rules, Submitted);
        }
        else if (status == NominationStatus.Decided)
        {
            nomination.RecordVote(line.Id, 15, 15, 15, 0, null, Today, Now);
            nomination.Decide(DecisionOn(new DateOnly(2025, 12, 10)), NoHolds, Decided);
        }

        nomination.Status.ShouldBe(status);
        DomainAssert.ShouldViolate(NominationErrors.WrongState, () => nomination.Submit(TestDocuments.Submission, AllPass(nomination), Rules, Decided));
    }

    [Fact]
    public void Vote_WrittenYesVotesBeyondTheAbsentMembers_SaysSo()
    {
        var nomination = InCouncil(out var line);

        var error = DomainAssert.ShouldViolate(NominationErrors.VoteInvalid, () => nomination.RecordVote(line.Id, 15, 12, 12, 4, null, Today, Now));

        error.Error.Message.ShouldBe("4 written yes votes, but only 3 of the 15 members were absent; written votes come from absent members only.");
    }

    [Fact]
    public void AHoldFoundAtCouncilReview_MarksTheLine_StopsItsVote_UntilItIsLifted()
    {
        var nomination = Draft();
        var line = nomination.ProposePerson(_lan, true, AwardCatalogue.AdvancedWorker, "x", [], [], null, Now);
        nomination.Submit(TestDocuments.Submission, AllPass(nomination), Rules, Submitted);

        nomination.OpenCouncilReview(new Dictionary<Guid, RuleOutcome> { [line.Id] = HoldSince("2025-11-25") }, Today, Now);

        nomination.Status.ShouldBe(NominationStatus.CouncilReview);
        line.Hold.ShouldBe(new LineHold(HoldCheckStep.CouncilReview, Today, "A hold is in force since 2025-11-25.", "Nghị định 152/2025/NĐ-CP, Điều 4.4 (R4)"));
        DomainAssert.ShouldViolate(NominationErrors.LineOnHold, () => nomination.RecordVote(line.Id, 15, 15, 15, 0, HoldSince("2025-11-25"), Today, Now));
        line.Vote.ShouldBeNull();

        nomination.RecordVote(line.Id, 15, 15, 15, 0, NoHold, Today.AddDays(1), Now).Passed.ShouldBeTrue();
        line.IsHeld.ShouldBeFalse();
    }

    [Fact]
    public void AHoldOnTheDecisionDate_LeavesThatLineWithoutAnAward_AndTheOthersGoOn()
    {
        var nomination = Draft();
        var held = nomination.ProposePerson(_lan, true, AwardCatalogue.AdvancedWorker, "x", [], [], null, Now);
        var hoa = Person.Register("Lê Thị Hoa", Gender.Female, null, null, null, _hospital, "Điều dưỡng", new DateOnly(2015, 1, 1), Now);
        var clear = nomination.ProposePerson(hoa, true, AwardCatalogue.AdvancedWorker, "x", [], [], null, Now);
        var unit = nomination.ProposeUnit(_hospital, true, AwardCatalogue.AdvancedCollective, "x", [], null, Now);
        nomination.Submit(TestDocuments.Submission, AllPass(nomination), Rules, Submitted);
        nomination.OpenCouncilReview(NoHolds, Today, Now);
        foreach (var line in nomination.Lines)
        {
            nomination.RecordVote(line.Id, 15, 15, 15, 0, null, Today, Now);
        }

        var decisionDate = new DateOnly(2025, 12, 10);
        var passed = nomination.Decide(DecisionOn(decisionDate), new Dictionary<Guid, RuleOutcome> { [held.Id] = HoldSince("2025-12-05"), [clear.Id] = NoHold }, Decided);

        passed.Select(l => l.Id).ShouldBe([clear.Id, unit.Id], ignoreOrder: true);
        held.Hold!.Step.ShouldBe(HoldCheckStep.Decision);
        held.Hold.CheckedOn.ShouldBe(decisionDate);
        nomination.Status.ShouldBe(NominationStatus.Decided);
    }

    [Fact]
    public void Decide_WhenEveryPassedLineIsHeld_IsRefused_AndAHeldLineNeedsNoVote()
    {
        var nomination = Draft();
        var held = nomination.ProposePerson(_lan, true, AwardCatalogue.AdvancedWorker, "x", [], [], null, Now);
        var hoa = Person.Register("Lê Thị Hoa", Gender.Female, null, null, null, _hospital, "Điều dưỡng", new DateOnly(2015, 1, 1), Now);
        var heldSinceReview = nomination.ProposePerson(hoa, true, AwardCatalogue.AdvancedWorker, "x", [], [], null, Now);
        nomination.Submit(TestDocuments.Submission, AllPass(nomination), Rules, Submitted);
        nomination.OpenCouncilReview(new Dictionary<Guid, RuleOutcome> { [heldSinceReview.Id] = HoldSince("2025-11-25") }, Today, Now);
        nomination.RecordVote(held.Id, 15, 15, 15, 0, NoHold, Today, Now);
        var holds = new Dictionary<Guid, RuleOutcome> { [held.Id] = HoldSince("2025-12-05"), [heldSinceReview.Id] = HoldSince("2025-11-25") };

        var error = DomainAssert.ShouldViolate(NominationErrors.LineOnHold, () => nomination.Decide(DecisionOn(new DateOnly(2025, 12, 10)), holds, Decided));

        error.Error.Message.ShouldContain("Nguyễn Thị Lan: A hold is in force since 2025-12-05.");
        nomination.Status.ShouldBe(NominationStatus.CouncilReview);
    }

    [Fact]
    public void AwardsFromOneDecision_EachHoldTheirOwnCopyOfTheDecisionDocument()
    {
        var document = TestDocuments.Decision("15/QĐ-SYT", new DateOnly(2025, 12, 10));
        var hoa = Person.Register("Lê Thị Hoa", Gender.Female, null, null, null, _hospital, "Điều dưỡng", new DateOnly(2015, 1, 1), Now);

        var first = AwardRecord.FromDecision(AwardCatalogue.AdvancedWorker, _lan.Id, _hospital.Id, _lan.FullName, _hospital.Name, 2025, CommendationType.Merit, document, 710_000, [], Decided);
        var second = AwardRecord.FromDecision(AwardCatalogue.AdvancedWorker, hoa.Id, _hospital.Id, hoa.FullName, _hospital.Name, 2025, CommendationType.Merit, document, 710_000, [], Decided);

        (first.Decision, second.Decision).ShouldBe((document, document));
        ReferenceEquals(first.Decision, second.Decision).ShouldBeFalse();
        ReferenceEquals(first.Decision, document).ShouldBeFalse();
    }
}
