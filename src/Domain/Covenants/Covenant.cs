using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants.Events;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.Covenants;

/// <summary>
/// An emulation covenant (giao ước thi đua): what the member units of a cluster or block sign for a year — numbered
/// contents, criteria with a scoring scale, bonus and penalty rules (domain.md §4 C5, §5). No law fixes the scale, so it
/// is configured per covenant. One covenant per cluster and year.
/// </summary>
public sealed class Covenant : AggregateRoot<CovenantId>
{
    private readonly List<CovenantSignature> _signatures = [];

    private Covenant()
    {
    }

    public ClusterId ClusterId { get; private set; }

    public int Year { get; private set; }

    public CovenantTerms Terms { get; private set; } = null!;

    public CovenantStatus Status { get; private set; }

    public IReadOnlyCollection<CovenantSignature> Signatures => _signatures.AsReadOnly();

    /// <summary>Set at finalization: the unit(s) ranked first among those passing every gate.</summary>
    public IReadOnlyList<UnitId> LeadingUnitIds { get; private set; } = [];

    /// <summary>
    /// The document that records the year's results (quyết định or biên bản công nhận kết quả thi đua of the cluster),
    /// stored in ThiDua, when the finalization came with it (ADR 0029).
    /// </summary>
    public DocumentReference? ScoreboardDecision { get; private set; }

    /// <summary>
    /// How the covenant is kept (ADR 0014): decided when it is opened for signing (null while a draft), <c>History</c>
    /// while every act so far was entered from past documents, <c>Live</c> once one was taken live. History may precede
    /// live, never follow it.
    /// </summary>
    public RecordingMode? RecordedAs { get; private set; }

    /// <summary>The covenant's own acts entered as history (opened for signing, opened for scoring, finalized), oldest first.</summary>
    public IReadOnlyList<HistoricalRecord> History { get; private set; } = [];

    /// <summary>The real date of the covenant's latest act: its steps and its signatures (history, or the day they were taken live).</summary>
    public DateOnly? LatestActOn =>
        History.Select(h => (DateOnly?)h.OccurredOn)
            .Concat(_signatures.Select(s => (DateOnly?)s.SignedOn))
            .Max();

    /// <summary>The real date scoring opened, when it was entered as history.</summary>
    public DateOnly? ScoringOpenedOn => History.LastOrDefault(h => h.Action == OpenedForScoringAction)?.OccurredOn;

    public const string OpenedForSigningAction = "opened-for-signing";
    public const string SignedAction = "signed";
    public const string OpenedForScoringAction = "opened-for-scoring";
    public const string FinalizedAction = "finalized";

    public bool HasSigned(UnitId unitId) => _signatures.Any(s => s.UnitId == unitId);

    public static Covenant Draft(EmulationCluster cluster, int year, CovenantTerms terms, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(terms);
        if (cluster.FindTerm(year) is null)
        {
            throw new DomainRuleViolationException(CovenantErrors.NoTermForYear);
        }

        var covenant = new Covenant
        {
            Id = CovenantId.New(),
            ClusterId = cluster.Id,
            Year = year,
            Status = CovenantStatus.Draft,
        };
        covenant.SetTerms(terms);
        covenant.Touch(now);
        return covenant;
    }

    /// <summary>
    /// Replaces the drafted contents, phases included; only while the covenant is a draft. Once opened for signing the
    /// phases are part of what members sign and are frozen with the rest (<see cref="CovenantErrors.NotDraft"/>).
    /// </summary>
    public void Revise(CovenantTerms terms, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(terms);
        EnsureStatus(CovenantStatus.Draft, CovenantErrors.NotDraft);
        SetTerms(terms);
        Touch(now);
    }

    /// <summary>
    /// Freezes contents and criteria and opens signing. The criteria must be complete: each refers to an existing
    /// content, and their points add up to the scale maximum (weighted, when every criterion declares a weight).
    /// </summary>
    /// <param name="now">The current instant.</param>
    /// <param name="historical">
    /// When entered as history: the date the covenant was issued for signing, within the covenant's year or the year before
    /// (the previous year-end conference may sign the next year's covenant). The covenant is then kept as history.
    /// </param>
    public void OpenForSigning(DateTimeOffset now, HistoricalEntry? historical = null)
    {
        EnsureStatus(CovenantStatus.Draft, CovenantErrors.NotDraft);
        EnsureComplete(Terms);
        if (historical is not null)
        {
            historical.EnsureWithin(new DateOnly(Year - 1, 1, 1), new DateOnly(Year, 12, 31), new LocalizedText("Việc mở ký kết giao ước thi đua", "Opening the covenant for signing"));
            History = [.. History, historical.Of(OpenedForSigningAction)];
        }

        RecordedAs = Recording.ModeOf(historical);
        Status = CovenantStatus.OpenForSigning;
        Touch(now);
    }

    /// <summary>
    /// A current member unit of the year's term signs, once, before the deadline. When every current member has signed,
    /// the covenant is in force.
    /// </summary>
    /// <param name="term">The year's term of the cluster.</param>
    /// <param name="unitId">The signing member.</param>
    /// <param name="signedBy">Who records the signature.</param>
    /// <param name="signatoryName">Name and title of the unit's signatory.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="historical">
    /// When entered as history: the real date of the signature, checked against the signing deadline instead of today, not
    /// before the covenant was opened for signing.
    /// </param>
    /// <param name="signedCovenant">The signed covenant, stored in ThiDua (optional; not a citation only).</param>
    public CovenantSignature Sign(
        ClusterTerm term, UnitId unitId, string signedBy, string? signatoryName, DateTimeOffset now, HistoricalEntry? historical = null, DocumentReference? signedCovenant = null)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentException.ThrowIfNullOrWhiteSpace(signedBy);
        EnsureStatus(CovenantStatus.OpenForSigning, CovenantErrors.NotOpenForSigning);
        EnsureActMode(historical, new DateOnly(Year - 1, 1, 1), new DateOnly(Year, 12, 31), new LocalizedText("Chữ ký", "A signature"), History.FirstOrDefault(h => h.Action == OpenedForSigningAction)?.OccurredOn, new LocalizedText("giao ước thi đua được mở ký kết", "the covenant was opened for signing"));
        var signedOn = Recording.DateOf(historical, now);
        if (signedOn > Terms.SigningDeadline)
        {
            throw new DomainRuleViolationException(CovenantErrors.SigningDeadlinePassed.WithMessage(
                $"Hạn ký giao ước thi đua là ngày {Terms.SigningDeadline:dd'/'MM'/'yyyy}; chữ ký ngày {signedOn:dd'/'MM'/'yyyy} là quá hạn.",
                $"The signing deadline was {Terms.SigningDeadline:yyyy-MM-dd}; a signature on {signedOn:yyyy-MM-dd} is too late."));
        }

        if (term.ClusterId != ClusterId || term.Year != Year || !term.IsCurrentMember(unitId))
        {
            throw new DomainRuleViolationException(CovenantErrors.SignatoryNotMember);
        }

        if (_signatures.Any(s => s.UnitId == unitId))
        {
            throw new DomainRuleViolationException(CovenantErrors.AlreadySigned);
        }

        EnsureStored(signedCovenant);
        var signature = CovenantSignature.Create(unitId, signedBy, Text.CleanOptional(signatoryName), now, historical?.Of(SignedAction), signedCovenant);
        KeepMode(historical);
        _signatures.Add(signature);
        if (AllCurrentMembersSigned(term))
        {
            Status = CovenantStatus.InForce;
        }

        Touch(now);
        Raise(new CovenantSignedDomainEvent(Id, unitId, Status == CovenantStatus.InForce, now));
        return signature;
    }

    /// <summary>
    /// Opens year-end scoring of a covenant in force. A covenant still open for signing whose unsigned members have all
    /// left the term (merged, dissolved or removed) is in force as well: every current member has signed.
    /// </summary>
    /// <param name="term">The year's term of the cluster.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="historical">
    /// When entered as history: the real date scoring opened, in the covenant's year or the next (year-end reviews are
    /// held in December or early in the following year), not before the covenant's earlier acts.
    /// </param>
    public void OpenForScoring(ClusterTerm term, DateTimeOffset now, HistoricalEntry? historical = null)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (Status == CovenantStatus.OpenForSigning && term.ClusterId == ClusterId && term.Year == Year && AllCurrentMembersSigned(term))
        {
            Status = CovenantStatus.InForce;
        }

        EnsureStatus(CovenantStatus.InForce, CovenantErrors.NotInForce);
        EnsureActMode(historical, new DateOnly(Year, 1, 1), new DateOnly(Year + 1, 12, 31), new LocalizedText("Việc mở chấm điểm", "Opening scoring"), LatestActOn, new LocalizedText("chữ ký hoặc bước xử lý gần nhất của giao ước thi đua", "the covenant's latest signature or step"));
        if (historical is not null)
        {
            History = [.. History, historical.Of(OpenedForScoringAction)];
        }

        KeepMode(historical);
        Status = CovenantStatus.Scoring;
        Touch(now);
    }

    private bool AllCurrentMembersSigned(ClusterTerm term)
    {
        var signed = _signatures.Select(s => s.UnitId).ToHashSet();
        return term.Members.Where(m => m.IsCurrent).All(m => signed.Contains(m.UnitId));
    }

    /// <summary>
    /// Closes scoring: scores become read-only and the leading unit(s) of the ranking are recorded, for the proposal of
    /// the provincial emulation flag (domain.md §4 C5, C7).
    /// </summary>
    /// <param name="ranking">The ranking computed from every assessment.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="historical">
    /// When entered as history: the real date of the finalization (the year-end review conference), in the covenant's year
    /// or the next, not before scoring opened nor before <paramref name="latestScoreOn"/>.
    /// </param>
    /// <param name="latestScoreOn">The real date of the latest score entered as history, if any.</param>
    /// <param name="scoreboardDecision">The document recording the results, stored in ThiDua (optional; not a citation only).</param>
    public void Finalize(
        IReadOnlyList<RankedUnit> ranking, DateTimeOffset now, HistoricalEntry? historical = null, DateOnly? latestScoreOn = null, DocumentReference? scoreboardDecision = null)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        EnsureStored(scoreboardDecision);
        EnsureStatus(CovenantStatus.Scoring, CovenantErrors.NotScoring);
        var previous = new[] { LatestActOn, latestScoreOn }.Max();
        EnsureActMode(historical, new DateOnly(Year, 1, 1), new DateOnly(Year + 1, 12, 31), new LocalizedText("Việc chốt kết quả", "The finalization"), previous, new LocalizedText("lần chấm điểm hoặc bước xử lý gần nhất của giao ước thi đua", "the covenant's latest score or step"));
        if (historical is not null)
        {
            History = [.. History, historical.Of(FinalizedAction)];
        }

        KeepMode(historical);
        LeadingUnitIds = CovenantRanking.Leaders(ranking);
        ScoreboardDecision = scoreboardDecision;
        Status = CovenantStatus.Finalized;
        Touch(now);
        Raise(new CovenantFinalizedDomainEvent(Id, ClusterId, Year, LeadingUnitIds, now));
    }

    /// <summary>
    /// Checks an act on a covenant already opened: a historical act needs a covenant still kept as history
    /// (<c>history.record_is_live</c>), a date in the act's window and not before the covenant's earlier acts. A live act
    /// is always allowed: history may precede live (ADR 0014).
    /// </summary>
    private void EnsureActMode(HistoricalEntry? historical, DateOnly from, DateOnly to, LocalizedText what, DateOnly? previous, LocalizedText previousAct)
    {
        if (historical is null)
        {
            return;
        }

        if (RecordedAs == RecordingMode.Live)
        {
            throw new DomainRuleViolationException(HistoryErrors.RecordIsLive.WithMessage(
                "Giao ước thi đua này đang được cập nhật trực tiếp (đã mở ký kết, ký hoặc chấm điểm trực tiếp): không thể bổ sung theo chế độ ghi nhận lịch sử.",
                "This covenant is kept live (it was opened, signed or scored live): historical record mode cannot add to it."));
        }

        historical.EnsureWithin(from, to, what);
        historical.EnsureNotBefore(previous, previousAct);
    }

    /// <summary>A live act on a covenant kept as history makes it live from then on; history never follows live.</summary>
    private void KeepMode(HistoricalEntry? historical)
    {
        if (historical is null)
        {
            RecordedAs = RecordingMode.Live;
        }
    }

    private static void EnsureComplete(CovenantTerms terms)
    {
        if (terms.Contents.Count == 0 || terms.Criteria.Count == 0)
        {
            throw new DomainRuleViolationException(CovenantErrors.NoCriteria);
        }

        var contentNumbers = terms.Contents.Select(c => c.Number).ToHashSet();
        if (terms.Criteria.FirstOrDefault(c => !contentNumbers.Contains(c.ContentNumber)) is { } orphan)
        {
            throw new DomainRuleViolationException(CovenantErrors.CriterionContentUnknown.WithMessage(
                $"Tiêu chí {orphan.Code} dẫn chiếu nội dung {orphan.ContentNumber}, nội dung này không có trong giao ước thi đua.",
                $"Criterion {orphan.Code} refers to content {orphan.ContentNumber}, which the covenant does not have."));
        }

        var weighted = terms.Criteria.All(c => c.Weight is not null);
        var total = terms.Criteria.Sum(c => weighted ? c.MaxPoints * c.Weight!.Value : c.MaxPoints);
        if (total != terms.ScaleMax)
        {
            var detail = string.Join(", ", terms.Criteria.Select(c => weighted ? $"{c.Code} {c.MaxPoints}×{c.Weight}" : $"{c.Code} {c.MaxPoints}"));
            throw new DomainRuleViolationException(CovenantErrors.CriteriaTotalMismatch.WithMessage(
                $"Tổng điểm các tiêu chí{(weighted ? " (có trọng số)" : string.Empty)} là {total}, không bằng điểm tối đa của thang điểm {terms.ScaleMax}: {detail}.",
                $"The criteria{(weighted ? " (weighted)" : string.Empty)} add up to {total}, not the scale maximum {terms.ScaleMax}: {detail}."));
        }
    }

    private void SetTerms(CovenantTerms terms)
    {
        if (terms.SigningDeadline.Year != Year)
        {
            throw new DomainRuleViolationException(CovenantErrors.DeadlineOutsideYear);
        }

        Terms = terms with { Title = Text.Clean(terms.Title), Phases = terms.Phases is null ? null : CovenantPhase.Validated(Year, terms.Phases) };
    }

    private void EnsureStatus(CovenantStatus expected, DomainError error)
    {
        if (Status != expected)
        {
            throw new DomainRuleViolationException(error.WithMessage($"{error.Text.Vi} (trạng thái: '{ApiName.Of(Status)}').", $"{error.Text.En} (status: '{ApiName.Of(Status)}')."));
        }
    }

    /// <summary>A document attached to a covenant's step is one stored in ThiDua (ADR 0029), not a citation only.</summary>
    private static void EnsureStored(DocumentReference? document)
    {
        if (document is { IsLinked: false })
        {
            throw new DomainRuleViolationException(Documents.DocumentErrors.NotStored);
        }
    }
}
