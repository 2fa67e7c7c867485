using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.Nominations.Events;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.Nominations;

/// <summary>
/// A nomination dossier (hồ sơ đề nghị khen thưởng) of a proposing unit for a year and commendation type, optionally
/// tied to a campaign or covenant: lines (nominee + award type + achievement + evidence), eligibility evaluated at
/// submission under the rule set in force, council votes per line, and the numbered decision (domain.md §6).
/// </summary>
public sealed class Nomination : AggregateRoot<NominationId>
{
    public const int TitleMaxLength = 300;
    public const int ReasonMaxLength = 2000;

    private readonly List<NominationLine> _lines = [];

    private Nomination()
    {
    }

    public UnitId ProposingUnitId { get; private set; }

    public int Year { get; private set; }

    public CommendationType CommendationType { get; private set; }

    public string Title { get; private set; } = null!;

    public Guid? CampaignId { get; private set; }

    public Guid? CovenantId { get; private set; }

    public NominationStatus Status { get; private set; }

    /// <summary>The rule set the dossier was evaluated under, recorded at submission.</summary>
    public string? RuleSetCode { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>
    /// The submission (tờ trình) the dossier was last submitted with: a document stored in ThiDua (Law 06/2022/QH15,
    /// Art. 84.1; Decree 152/2025/NĐ-CP, Form 01; domain.md §6.2). Null until submitted, and for dossiers submitted
    /// before submissions were stored (ADR 0029).
    /// </summary>
    public DocumentReference? Submission { get; private set; }

    public string? ReturnReason { get; private set; }

    public string? NotAwardedReason { get; private set; }

    public AwardDecision? Decision { get; private set; }

    /// <summary>The lines in the dossier's order, by <see cref="NominationLine.Number"/>.</summary>
    public IReadOnlyList<NominationLine> Lines => InOrder.ToList();

    /// <summary>The lines by number, whatever order storage returned them in.</summary>
    private IEnumerable<NominationLine> InOrder => _lines.OrderBy(l => l.Number);

    public static Nomination Draft(
        OrganisationUnit proposingUnit, int year, CommendationType type, string title, Guid? campaignId, Guid? covenantId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(proposingUnit);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (!proposingUnit.IsActive)
        {
            throw new DomainRuleViolationException(NominationErrors.ProposingUnitNotActive);
        }

        var nomination = new Nomination
        {
            Id = NominationId.New(),
            ProposingUnitId = proposingUnit.Id,
            Year = year,
            CommendationType = type,
            Title = Text.Clean(title),
            CampaignId = campaignId,
            CovenantId = covenantId,
            Status = NominationStatus.Draft,
        };
        nomination.Touch(now);
        return nomination;
    }

    /// <summary>
    /// Proposes a person; <paramref name="underProposingUnit"/> says whether their unit is the proposing unit or below it.
    /// <paramref name="provincialType"/> is the province's own award type the code names, already checked to apply to
    /// the nominee's province.
    /// </summary>
    public NominationLine ProposePerson(
        Person person, bool underProposingUnit, string awardTypeCode, string summary, IReadOnlyList<string> evidence, IReadOnlyList<Guid> basis, string? justification, DateTimeOffset now, AwardType? provincialType = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        return AddLine(RecipientKind.Individual, person.Id, person.CurrentUnitId, person.FullName, underProposingUnit, awardTypeCode, summary, evidence, basis, justification, now, provincialType);
    }

    /// <summary>Proposes a collective; <paramref name="underProposingUnit"/> says whether it is the proposing unit or below it.</summary>
    public NominationLine ProposeUnit(
        OrganisationUnit unit, bool underProposingUnit, string awardTypeCode, string summary, IReadOnlyList<string> evidence, string? justification, DateTimeOffset now, AwardType? provincialType = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return AddLine(RecipientKind.Collective, null, unit.Id, unit.Name, underProposingUnit, awardTypeCode, summary, evidence, [], justification, now, provincialType);
    }

    public void RemoveLine(Guid lineId, DateTimeOffset now)
    {
        EnsureEditable();
        var removed = FindLine(lineId);
        _lines.Remove(removed);
        foreach (var after in _lines.Where(l => l.Number > removed.Number))
        {
            after.MoveUp();
        }

        Touch(now);
    }

    public void JustifyLine(Guid lineId, string? justification, DateTimeOffset now)
    {
        EnsureEditable();
        FindLine(lineId).Justify(justification);
        Touch(now);
    }

    /// <summary>
    /// Submits the dossier with each line's eligibility under <paramref name="ruleSet"/> (the one in force on submission).
    /// A line failing a legal prohibition (hold, same award again, initiative already used, unit gone) or a legal
    /// precondition (Nghị định 152/2025/NĐ-CP, Điều 4.2, R2) is refused whatever the justification; a line failing only
    /// criteria the council appraises is accepted with a justification, and its failures stay visible.
    /// </summary>
    /// <param name="submission">The stored tờ trình.</param>
    /// <param name="eligibility">Each line's eligibility under <paramref name="ruleSet"/>.</param>
    /// <param name="ruleSet">The rule set in force on submission.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="disclose">
    /// Whether a refusal may name a line's failed rule and its facts to the caller (personal data of another unit's staff
    /// may not be shown to it); undisclosed failures are counted, not named. All are named when null.
    /// </param>
    public void Submit(
        DocumentReference submission, IReadOnlyDictionary<Guid, EligibilityResult> eligibility, RuleSet ruleSet, DateTimeOffset now,
        Func<NominationLine, RuleOutcome, bool>? disclose = null)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(eligibility);
        ArgumentNullException.ThrowIfNull(ruleSet);
        EnsureSubmittable();
        if (!submission.IsLinked)
        {
            throw new DomainRuleViolationException(NominationErrors.SubmissionDocumentRequired);
        }

        if (_lines.Count == 0)
        {
            throw new DomainRuleViolationException(NominationErrors.NoLines);
        }

        foreach (var line in _lines)
        {
            line.Evaluated(eligibility[line.Id]);
        }

        var barred = InOrder.Where(l => l.Eligibility!.BarringFailures().Count > 0).ToList();
        if (barred.Count > 0)
        {
            var lines = string.Join("; ", barred.Select(l =>
                $"{l.NomineeName} ({l.AwardTypeCode}): {Named(l, l.Eligibility!.BarringFailures(), disclose, f => $"{f.Rule} [{f.LegalBasis}]")}"));
            throw new DomainRuleViolationException(NominationErrors.LineBarred.WithMessage(
                "Không thể đề nghị dù có giải trình; cần loại bỏ dòng đề nghị: " + lines,
                "Cannot be proposed, whatever the justification; remove the line: " + lines));
        }

        var unmet = InOrder.Where(l => l.Eligibility!.PreconditionFailures().Count > 0).ToList();
        if (unmet.Count > 0)
        {
            var lines = string.Join("; ", unmet.Select(l =>
                $"{l.NomineeName} ({l.AwardTypeCode}): {Named(l, l.Eligibility!.PreconditionFailures(), disclose, f => $"{f.Rule} — {f.Facts} [{f.LegalBasis}]")}"));
            throw new DomainRuleViolationException(NominationErrors.PreconditionNotMet.WithMessage(
                "Không đáp ứng điều kiện hoặc tiêu chuẩn do pháp luật quy định, không lý do giải trình nào khắc phục được (Nghị định 152/2025/NĐ-CP, Điều 4 khoản 2); cần loại bỏ dòng đề nghị: " + lines,
                "A legal condition or criterion is not met, and no justification lifts it (Nghị định 152/2025/NĐ-CP, Điều 4.2); remove the line: " + lines));
        }

        var unjustified = InOrder.Where(l => l.FailsEligibility && l.Justification is null).ToList();
        if (unjustified.Count > 0)
        {
            var lines = string.Join("; ", unjustified.Select(l =>
                $"{l.NomineeName} ({l.AwardTypeCode}): {Named(l, l.Eligibility!.Failures, disclose, f => $"{f.Rule} — {f.Facts} [{f.LegalBasis}]")}"));
            throw new DomainRuleViolationException(NominationErrors.FailingLineUnjustified.WithMessage(
                "Chưa đủ điều kiện nếu không có giải trình: " + lines,
                "Not eligible without a justification: " + lines));
        }

        Status = NominationStatus.Submitted;
        RuleSetCode = ruleSet.Code;
        SubmittedAt = now;
        Submission = submission;
        ReturnReason = null;
        Touch(now);
        Raise(new NominationStatusChangedDomainEvent(Id, Status, now));
    }

    /// <summary>The receiving authority returns the dossier for completion, with its reason.</summary>
    public void Return(string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsureStatus(NominationStatus.Submitted);
        Status = NominationStatus.Returned;
        ReturnReason = Text.Clean(reason);
        Touch(now);
        Raise(new NominationStatusChangedDomainEvent(Id, Status, now));
    }

    public void Withdraw(DateTimeOffset now)
    {
        EnsureStatus(NominationStatus.Draft, NominationStatus.Submitted, NominationStatus.Returned);
        Status = NominationStatus.Withdrawn;
        Touch(now);
        Raise(new NominationStatusChangedDomainEvent(Id, Status, now));
    }

    /// <summary>
    /// Opens the council's review. Holds are checked again (R4, Nghị định 152/2025/NĐ-CP, Điều 4.4): a nominee placed
    /// under a hold since the submission is marked held, and the council cannot vote on the line while the hold lasts;
    /// the other lines go on. <paramref name="holds"/> has the hold rule's outcome for each person's line.
    /// </summary>
    public void OpenCouncilReview(IReadOnlyDictionary<Guid, RuleOutcome> holds, DateOnly asOf, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(holds);
        EnsureStatus(NominationStatus.Submitted);
        foreach (var line in _lines)
        {
            line.HoldChecked(HoldCheckStep.CouncilReview, asOf, holds.GetValueOrDefault(line.Id));
        }

        Status = NominationStatus.CouncilReview;
        Touch(now);
        Raise(new NominationStatusChangedDomainEvent(Id, Status, now));
    }

    /// <summary>
    /// Records the council's vote on a line: the quorum and the line's threshold come from the dossier's rule set
    /// (e.g. ≥ 80 % of all members for CSTĐCS, Decree 98/2023 Art. 30.7). <paramref name="yes"/> counts the ballots of
    /// members present; <paramref name="writtenYes"/> the written yes votes of absent members, which count where the
    /// threshold is over all members. The nominee's holds are checked again: <paramref name="hold"/> is the hold rule's
    /// outcome on <paramref name="asOf"/> (today) for a person's line, null for a collective's.
    /// <paramref name="applicable"/> is the dossier's rule set with its province's parameters in force on the session
    /// date applied (attendance of award sessions, the province's own award types); the national rule set when null.
    /// </summary>
    public CouncilVote RecordVote(
        Guid lineId, int members, int present, int yes, int writtenYes, RuleOutcome? hold, DateOnly asOf, DateTimeOffset now, RuleSet? applicable = null, DocumentReference? minutes = null)
    {
        EnsureStatus(NominationStatus.CouncilReview);
        EnsureStored(minutes);
        var line = FindLine(lineId);
        line.HoldChecked(HoldCheckStep.Vote, asOf, hold);
        if (line.IsHeld)
        {
            throw new DomainRuleViolationException(NominationErrors.LineOnHold.WithMessage(
                $"{line.NomineeName}: {line.Hold!.Facts} Không bỏ phiếu trong thời gian chưa xét khen thưởng [{line.Hold.LegalBasis}].",
                $"{line.NomineeName}: {line.Hold!.Facts} No vote while the hold lasts [{line.Hold.LegalBasis}]."));
        }

        if (members <= 0 || present < 0 || yes < 0 || writtenYes < 0 || present > members || yes > present)
        {
            throw new DomainRuleViolationException(NominationErrors.VoteInvalid);
        }

        if (writtenYes > members - present)
        {
            throw new DomainRuleViolationException(NominationErrors.VoteInvalid.WithMessage(
                $"Có {writtenYes} phiếu đồng ý bằng văn bản, nhưng chỉ có {members - present} trên {members} thành viên vắng mặt; phiếu bằng văn bản chỉ do thành viên vắng mặt gửi.",
                $"{writtenYes} written yes votes, but only {members - present} of the {members} members were absent; written votes come from absent members only."));
        }

        var ruleSet = applicable ?? RuleSetCatalogue.Find(RuleSetCode!)!;
        if (!ruleSet.CouncilQuorum.IsReachedBy(present, members))
        {
            throw new DomainRuleViolationException(NominationErrors.NoQuorum.WithMessage(
                $"Có mặt {present} trên {members} thành viên; cần ít nhất {ruleSet.CouncilQuorum.MinimumOf(members)} ({ruleSet.CouncilQuorum}) thành viên ({ruleSet.CouncilQuorumBasis}).",
                $"{present} of {members} members present; at least {ruleSet.CouncilQuorum.MinimumOf(members)} ({ruleSet.CouncilQuorum}) are needed ({ruleSet.CouncilQuorumBasis})."));
        }

        if (ruleSet.AwardSessionAttendance is { } attendance && !attendance.IsMetBy(present, members))
        {
            throw new DomainRuleViolationException(NominationErrors.AttendanceBelowMinimum.WithMessage(
                $"Có mặt {present} trên {members} thành viên; phiên họp xét khen thưởng tại {ruleSet.Province} cần ít nhất {attendance.MinimumOf(members)} ({attendance.Share:P0}) thành viên [{attendance.LegalBasis}].",
                $"{present} of {members} members present; a session deciding awards in {ruleSet.Province} needs at least {attendance.MinimumOf(members)} ({attendance.Share:P0}) [{attendance.LegalBasis}]."));
        }

        var threshold = ruleSet.RuleFor(line.AwardTypeCode).Vote;
        var vote = new CouncilVote(members, present, yes, writtenYes, threshold.IsMet(yes, writtenYes, members, present));
        line.Voted(vote);
        if (minutes is not null)
        {
            line.Minuted(minutes);
        }

        Touch(now);
        return vote;
    }

    /// <summary>
    /// Attaches the nominee's achievement report (báo cáo thành tích; Law 06/2022/QH15, Art. 84.1; Decree 152/2025/NĐ-CP,
    /// Form 05), a document stored in ThiDua, while the dossier can be edited; a later report replaces it.
    /// </summary>
    public void AttachAchievementReport(Guid lineId, DocumentReference report, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        EnsureEditable();
        EnsureStored(report);
        FindLine(lineId).Reported(report);
        Touch(now);
    }

    /// <summary>A document attached to a line is one stored in ThiDua (ADR 0029), not a citation only.</summary>
    private static void EnsureStored(DocumentReference? document)
    {
        if (document is { IsLinked: false })
        {
            throw new DomainRuleViolationException(Documents.DocumentErrors.NotStored);
        }
    }

    /// <summary>
    /// Records the decision; returns the lines that passed and are not held on the decision date, for which the caller
    /// records the awards. Holds are checked again on the decision date (R4): a held line is not awarded and stays marked
    /// held, and the other lines go on; when every line that passed is held, there is nothing to decide.
    /// <paramref name="holds"/> has the hold rule's outcome on the decision date for each person's line.
    /// </summary>
    public IReadOnlyList<NominationLine> Decide(AwardDecision decision, IReadOnlyDictionary<Guid, RuleOutcome> holds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(holds);
        EnsureStatus(NominationStatus.CouncilReview);
        if (!decision.Document.IsLinked)
        {
            throw new DomainRuleViolationException(NominationErrors.DecisionDocumentRequired);
        }

        foreach (var line in _lines)
        {
            line.HoldChecked(HoldCheckStep.Decision, decision.Document.Date, holds.GetValueOrDefault(line.Id));
        }

        var unvoted = InOrder.Where(l => l.Vote is null && !l.IsHeld).ToList();
        if (unvoted.Count > 0)
        {
            throw new DomainRuleViolationException(NominationErrors.VotesMissing.WithMessage(
                $"Chưa có kết quả bỏ phiếu của Hội đồng đối với: {string.Join(", ", unvoted.Select(l => $"{l.NomineeName} ({l.AwardTypeCode})"))}.",
                $"No council vote yet on: {string.Join(", ", unvoted.Select(l => $"{l.NomineeName} ({l.AwardTypeCode})"))}."));
        }

        var voted = InOrder.Where(l => l.Vote is { Passed: true }).ToList();
        if (voted.Count == 0)
        {
            throw new DomainRuleViolationException(NominationErrors.NothingPassed);
        }

        var passed = voted.Where(l => !l.IsHeld).ToList();
        if (passed.Count == 0)
        {
            var held = string.Join("; ", voted.Select(l => $"{l.NomineeName}: {l.Hold!.Facts}"));
            throw new DomainRuleViolationException(NominationErrors.LineOnHold.WithMessage(
                "Mọi dòng đề nghị đạt tỷ lệ phiếu đều thuộc trường hợp chưa xét khen thưởng vào ngày quyết định (Nghị định 152/2025/NĐ-CP, Điều 4 khoản 4): " + held,
                "Every line that passed the vote is under a hold on the decision date (Nghị định 152/2025/NĐ-CP, Điều 4.4): " + held));
        }

        if (decision.Document.Date < LegalCalendar.DateInVietnam(SubmittedAt!.Value))
        {
            throw new DomainRuleViolationException(NominationErrors.DecisionBeforeSubmission);
        }

        if (decision.Document.Date > LegalCalendar.DateInVietnam(now))
        {
            throw new DomainRuleViolationException(NominationErrors.DecisionInFuture);
        }

        Status = NominationStatus.Decided;
        Decision = decision;
        Touch(now);
        Raise(new NominationDecidedDomainEvent(Id, decision.Document.Date, now));
        return passed;
    }

    /// <summary>Links a passed line to the award recorded from the decision and the bonus it pays.</summary>
    public void LinkAward(Guid lineId, AwardRecordId awardId, long bonusVnd) => FindLine(lineId).Awarded(awardId, bonusVnd);

    /// <summary>The bonuses the decision pays, summed over its awards (tổng tiền thưởng).</summary>
    public long TotalBonusVnd => _lines.Sum(l => l.BonusVnd ?? 0);

    /// <summary>The competent authority declines the whole dossier (không khen thưởng), with its reason.</summary>
    public void MarkNotAwarded(string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsureStatus(NominationStatus.CouncilReview);
        Status = NominationStatus.NotAwarded;
        NotAwardedReason = Text.Clean(reason);
        Touch(now);
        Raise(new NominationStatusChangedDomainEvent(Id, Status, now));
    }

    public NominationLine FindLine(Guid lineId) =>
        _lines.FirstOrDefault(l => l.Id == lineId) ?? throw new DomainRuleViolationException(NominationErrors.LineNotFound);

    private NominationLine AddLine(
        RecipientKind kind,
        PersonId? personId,
        UnitId unitId,
        string name,
        bool underProposingUnit,
        string awardTypeCode,
        string summary,
        IReadOnlyList<string> evidence,
        IReadOnlyList<Guid> basis,
        string? justification,
        DateTimeOffset now,
        AwardType? provincialType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(basis);
        EnsureEditable();
        var type = AwardCatalogue.Find(awardTypeCode)
            ?? (provincialType?.Code == awardTypeCode ? provincialType : null)
            ?? throw new DomainRuleViolationException(NominationErrors.UnknownAwardType.WithMessage($"Mã loại hình khen thưởng '{awardTypeCode}' không có trong danh mục.", $"Award type '{awardTypeCode}' is not in the catalogue."));
        if (type.RecipientKind != kind)
        {
            throw new DomainRuleViolationException(NominationErrors.RecipientKindMismatch.WithMessage($"{type.Name} không xét tặng cho {(kind == RecipientKind.Individual ? "cá nhân" : "tập thể")}.", $"{type.Name} is not conferred on {(kind == RecipientKind.Individual ? "a person" : "a collective")}."));
        }

        if (!underProposingUnit)
        {
            throw new DomainRuleViolationException(NominationErrors.NomineeOutsideUnit);
        }

        var key = (Guid?)personId?.Value ?? unitId.Value;
        if (_lines.Any(l => l.AwardTypeCode == type.Code && ((Guid?)l.PersonId?.Value ?? l.UnitId.Value) == key))
        {
            throw new DomainRuleViolationException(NominationErrors.DuplicateLine);
        }

        var line = NominationLine.Create(_lines.Count == 0 ? 1 : _lines.Max(l => l.Number) + 1, type, personId, unitId, name, summary, evidence, basis, justification);
        _lines.Add(line);
        Touch(now);
        return line;
    }

    private void EnsureEditable()
    {
        if (Status is not (NominationStatus.Draft or NominationStatus.Returned))
        {
            throw new DomainRuleViolationException(NominationErrors.NotEditable);
        }
    }

    /// <summary>Submitting needs a draft or a returned dossier; any other state is a wrong state for the transition.</summary>
    private void EnsureSubmittable() => EnsureStatus(NominationStatus.Draft, NominationStatus.Returned);

    private void EnsureStatus(params NominationStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainRuleViolationException(NominationErrors.WrongState.WithMessage(
                $"Hồ sơ đang ở trạng thái '{ApiName.Of(Status)}'; thao tác này yêu cầu trạng thái {string.Join(" hoặc ", allowed.Select(s => $"'{ApiName.Of(s)}'"))}.",
                $"The dossier is '{ApiName.Of(Status)}'; this needs {string.Join(" or ", allowed.Select(s => $"'{ApiName.Of(s)}'"))}."));
        }
    }

    /// <summary>A line's failures as a refusal names them: those the caller may see, then a count of the others.</summary>
    private static string Named(NominationLine line, IEnumerable<RuleOutcome> failures, Func<NominationLine, RuleOutcome, bool>? disclose, Func<RuleOutcome, string> describe)
    {
        var all = failures.ToList();
        var shown = all.Where(f => disclose?.Invoke(line, f) ?? true).Select(describe).ToList();
        var withheld = all.Count - shown.Count;
        if (withheld > 0)
        {
            shown.Add($"{withheld} criteria on personal data (withheld: only the unit's officers and the councils over it may see them)");
        }

        return string.Join(", ", shown);
    }
}
