using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.CovenantAssessments;

/// <summary>
/// One assessor's scores of one unit under a covenant: the unit's self-assessment (tự chấm), a peer's (chấm chéo) or the
/// verification (thẩm định) by the cluster head or council. Every change of every item is kept with who, when, old value,
/// new value and reason; after the covenant is finalized, nothing changes.
/// </summary>
public sealed class CovenantAssessment : AggregateRoot<CovenantAssessmentId>
{
    public const int NoteMaxLength = 2000;

    /// <summary>Assessor key of the verification: one per assessed unit, whoever verifies.</summary>
    public static readonly UnitId VerificationKey = new(Guid.Empty);

    private readonly List<ScoreChange> _changes = [];

    private CovenantAssessment()
    {
    }

    public CovenantId CovenantId { get; private set; }

    public UnitId AssessedUnitId { get; private set; }

    public AssessorKind Kind { get; private set; }

    /// <summary>The assessing unit: the assessed unit for self, the peer for peer, <see cref="VerificationKey"/> for verified.</summary>
    public UnitId AssessorKey { get; private set; }

    public AssessmentScores Scores { get; private set; } = AssessmentScores.Empty;

    public string? Note { get; private set; }

    public StaffComposition? Staff { get; private set; }

    public string UpdatedBy { get; private set; } = null!;

    public IReadOnlyCollection<ScoreChange> Changes => _changes.AsReadOnly();

    /// <summary>
    /// How the assessment is kept (ADR 0014): as its covenant's scoring was opened, live or as history, and never changed
    /// afterwards in the other mode.
    /// </summary>
    public RecordingMode RecordedAs { get; private set; } = RecordingMode.Live;

    /// <summary>Each recording or revision entered as history (<c>recorded</c>, <c>revised</c>), oldest first.</summary>
    public IReadOnlyList<HistoricalRecord> History { get; private set; } = [];

    /// <summary>The real date of the latest entry made as history, if any.</summary>
    public DateOnly? LatestHistoricalOn => History.Count == 0 ? null : History[^1].OccurredOn;

    public const string RecordedAction = "recorded";
    public const string RevisedAction = "revised";

    public static UnitId KeyOf(AssessorKind kind, UnitId assessed, UnitId? peer) => kind switch
    {
        AssessorKind.Self => assessed,
        AssessorKind.Peer => peer ?? throw new DomainRuleViolationException(AssessmentErrors.PeerNotSignatory),
        _ => VerificationKey,
    };

    /// <summary>Records the first scores of this assessor for this unit.</summary>
    public static CovenantAssessment Record(
        Covenant covenant,
        UnitId assessedUnitId,
        AssessorKind kind,
        UnitId? peerUnitId,
        AssessmentScores scores,
        string? note,
        StaffComposition? staff,
        CovenantAssessment? selfAssessment,
        string recordedBy,
        DateTimeOffset now,
        HistoricalEntry? historical = null)
    {
        ArgumentNullException.ThrowIfNull(covenant);
        var key = KeyOf(kind, assessedUnitId, peerUnitId);
        var assessment = new CovenantAssessment
        {
            Id = CovenantAssessmentId.New(),
            CovenantId = covenant.Id,
            AssessedUnitId = assessedUnitId,
            Kind = kind,
            AssessorKey = key,
            RecordedAs = Recording.ModeOf(historical),
        };
        assessment.Apply(covenant, scores, note, staff, selfAssessment, reason: null, recordedBy, now, isUpdate: false, historical);
        return assessment;
    }

    /// <summary>Changes the scores; each changed item is kept with its old and new value and the reason.</summary>
    public void Revise(
        Covenant covenant,
        AssessmentScores scores,
        string? note,
        StaffComposition? staff,
        CovenantAssessment? selfAssessment,
        string? reason,
        string revisedBy,
        DateTimeOffset now,
        HistoricalEntry? historical = null)
    {
        ArgumentNullException.ThrowIfNull(covenant);
        Apply(covenant, scores, note, staff, selfAssessment, reason, revisedBy, now, isUpdate: true, historical);
    }

    private void Apply(
        Covenant covenant,
        AssessmentScores scores,
        string? note,
        StaffComposition? staff,
        CovenantAssessment? selfAssessment,
        string? reason,
        string by,
        DateTimeOffset now,
        bool isUpdate,
        HistoricalEntry? historical)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        EnsureScoring(covenant);
        EnsureMode(covenant, historical);
        EnsureParticipants(covenant);
        EnsureWithinScale(covenant, scores);
        if (staff is not null && Kind != AssessorKind.Self)
        {
            throw new DomainRuleViolationException(AssessmentErrors.StaffOnlyInSelfAssessment);
        }

        var cleanNote = Text.CleanOptional(note);
        if (Kind == AssessorKind.Verified && cleanNote is null && DiffersFrom(scores, selfAssessment))
        {
            throw new DomainRuleViolationException(AssessmentErrors.VerificationNoteRequired);
        }

        var newStaff = staff ?? (Kind == AssessorKind.Self ? Staff : null);
        var before = WithStaff(Scores.Items(), Staff);
        var after = WithStaff(scores.Items(), newStaff);
        var changed = before.Keys.Union(after.Keys)
            .Select(item => (Item: item, Old: before.TryGetValue(item, out var o) ? o : (decimal?)null, New: after.TryGetValue(item, out var n) ? n : (decimal?)null))
            .Where(c => c.Old != c.New)
            .OrderBy(c => c.Item, StringComparer.Ordinal)
            .ToList();
        var cleanReason = Text.CleanOptional(reason);
        if (isUpdate && changed.Count > 0 && cleanReason is null)
        {
            throw new DomainRuleViolationException(AssessmentErrors.ChangeReasonRequired);
        }

        _changes.AddRange(changed.Select(c => ScoreChange.Create(c.Item, c.Old, c.New, cleanReason, by, now)));
        if (historical is not null)
        {
            History = [.. History, historical.Of(isUpdate ? RevisedAction : RecordedAction)];
        }

        Scores = scores;
        Note = cleanNote;
        Staff = newStaff;
        UpdatedBy = by;
        Touch(now);
    }

    /// <summary>Whether this verification differs from the unit's self-assessment without a note explaining it.</summary>
    public bool NeedsNoteAgainst(CovenantAssessment? self) => Kind == AssessorKind.Verified && Note is null && DiffersFrom(Scores, self);

    /// <summary>Staff figures feed the women-share tie-breaker, so their changes are kept like scores.</summary>
    private static Dictionary<string, decimal> WithStaff(IReadOnlyDictionary<string, decimal> items, StaffComposition? staff)
    {
        var all = new Dictionary<string, decimal>(items, StringComparer.Ordinal);
        if (staff is not null)
        {
            all["staff:total"] = staff.Total;
            all["staff:women"] = staff.Women;
        }

        return all;
    }

    /// <summary>
    /// Scores follow their covenant's mode: as history only while the covenant is kept as history, live only once it is live
    /// (scoring opened live). An assessment is then changed only in the mode it was recorded in. A historical score is
    /// dated in the covenant's year or the next, not before scoring opened nor before this assessment's previous entry.
    /// </summary>
    private void EnsureMode(Covenant covenant, HistoricalEntry? historical)
    {
        if (historical is not null && covenant.RecordedAs == RecordingMode.Live)
        {
            throw new DomainRuleViolationException(HistoryErrors.RecordIsLive.WithMessage(
                "Giao ước thi đua này đang được cập nhật trực tiếp: điểm được nhập trực tiếp, không theo chế độ lịch sử.",
                "This covenant is kept live: its scores are entered live, not as history."));
        }

        if (historical is null && covenant.RecordedAs == RecordingMode.History)
        {
            throw new DomainRuleViolationException(HistoryErrors.RecordIsHistorical.WithMessage(
                "Việc chấm điểm giao ước thi đua này được nhập theo chế độ lịch sử: điểm cũng được nhập theo chế độ lịch sử, do quản trị viên hoặc Hội đồng Thi đua – Khen thưởng thực hiện.",
                "This covenant's scoring was entered as history: its scores are entered as history too, by an administrator or the council."));
        }

        Recording.EnsureSameMode(RecordedAs, historical);
        if (historical is not null)
        {
            historical.EnsureWithin(new DateOnly(covenant.Year, 1, 1), new DateOnly(covenant.Year + 1, 12, 31), new LocalizedText("Điểm của giao ước thi đua", "A score of the covenant"));
            historical.EnsureNotBefore(covenant.ScoringOpenedOn, new LocalizedText("mở chấm điểm", "scoring opened"));
            historical.EnsureNotBefore(LatestHistoricalOn, new LocalizedText("ghi nhận trước đó của bản chấm điểm này", "this assessment's previous entry"));
        }
    }

    private static void EnsureScoring(Covenant covenant)
    {
        if (covenant.Status == CovenantStatus.Finalized)
        {
            throw new DomainRuleViolationException(AssessmentErrors.Finalized);
        }

        if (covenant.Status != CovenantStatus.Scoring)
        {
            throw new DomainRuleViolationException(AssessmentErrors.NotScoring);
        }
    }

    private void EnsureParticipants(Covenant covenant)
    {
        if (!covenant.HasSigned(AssessedUnitId))
        {
            throw new DomainRuleViolationException(AssessmentErrors.AssessedNotSignatory);
        }

        if (Kind != AssessorKind.Peer)
        {
            return;
        }

        if (AssessorKey == AssessedUnitId)
        {
            throw new DomainRuleViolationException(AssessmentErrors.PeerScoresItself);
        }

        if (!covenant.HasSigned(AssessorKey))
        {
            throw new DomainRuleViolationException(AssessmentErrors.PeerNotSignatory);
        }
    }

    private static void EnsureWithinScale(Covenant covenant, AssessmentScores scores)
    {
        foreach (var (code, value) in scores.Criteria)
        {
            var criterion = covenant.Terms.Criteria.FirstOrDefault(c => c.Code == code)
                ?? throw new DomainRuleViolationException(AssessmentErrors.UnknownCriterion.WithMessage($"Giao ước thi đua không có tiêu chí {code}.", $"The covenant has no criterion {code}."));
            if (value < 0 || value > criterion.MaxPoints)
            {
                throw new DomainRuleViolationException(AssessmentErrors.ScoreOutOfRange.WithMessage(
                    $"Tiêu chí {code}: {value} nằm ngoài khoảng 0–{criterion.MaxPoints}.",
                    $"Criterion {code}: {value} is outside 0–{criterion.MaxPoints}."));
            }
        }

        EnsureWithinCaps(scores.Bonuses, covenant.Terms.BonusRules, new LocalizedText("điểm thưởng", "bonus"));
        EnsureWithinCaps(scores.Penalties, covenant.Terms.PenaltyRules, new LocalizedText("điểm trừ", "penalty"));
    }

    private static void EnsureWithinCaps(IReadOnlyDictionary<string, decimal> points, IReadOnlyList<CovenantAdjustmentRule> rules, LocalizedText kind)
    {
        foreach (var (code, value) in points)
        {
            var rule = rules.FirstOrDefault(r => r.Code == code)
                ?? throw new DomainRuleViolationException(AssessmentErrors.UnknownAdjustmentRule.WithMessage($"Giao ước thi đua không có quy định {kind.Vi} {code}.", $"The covenant has no {kind.En} rule {code}."));
            if (value < 0 || value > rule.Cap)
            {
                throw new DomainRuleViolationException(AssessmentErrors.AdjustmentOverCap.WithMessage(
                    $"Quy định {kind.Vi} {code}: {value} nằm ngoài khoảng 0–{rule.Cap}.",
                    $"The {kind.En} {code}: {value} is outside 0–{rule.Cap}."));
            }
        }
    }

    private static bool DiffersFrom(AssessmentScores verified, CovenantAssessment? self)
    {
        if (self is null)
        {
            return false;
        }

        var own = self.Scores.Items();
        return verified.Items().Any(item => own.TryGetValue(item.Key, out var value) && value != item.Value);
    }
}
