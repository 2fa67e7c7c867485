using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.CampaignRegistrations.Events;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.CampaignRegistrations;

/// <summary>
/// A unit's registration (đăng ký thi đua) in a campaign: target collective titles, emulation models and its people's
/// target titles (domain.md §3; seed 004). One per unit per campaign, made and changed before the registration deadline
/// while the campaign is open, until the launching authority approves it.
/// </summary>
public sealed class CampaignRegistration : AggregateRoot<CampaignRegistrationId>
{
    public const int ReasonMaxLength = 2000;
    public const string SubmittedAction = "submitted";
    public const string RevisedAction = "revised";
    public const string ApprovedAction = "approved";
    public const string RejectedAction = "rejected";


    private CampaignRegistration()
    {
    }

    public CampaignId CampaignId { get; private set; }

    public UnitId UnitId { get; private set; }

    public RegistrationStatus Status { get; private set; }

    public RegistrationContent Content { get; private set; } = null!;

    /// <summary>Who submitted the current content: the first submission or the latest revision.</summary>
    public string SubmittedBy { get; private set; } = null!;

    /// <summary>When the current content was submitted: the first submission or the latest revision.</summary>
    public DateTimeOffset SubmittedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>
    /// How the registration is kept (ADR 0014): <c>History</c> when entered from a past year's documents, <c>Live</c> when
    /// submitted as it happens or once a live act followed its history.
    /// </summary>
    public RecordingMode RecordedAs { get; private set; } = RecordingMode.Live;

    /// <summary>The acts entered as history (<c>submitted</c>, <c>revised</c>, <c>approved</c>, <c>rejected</c>), oldest first.</summary>
    public IReadOnlyList<HistoricalRecord> History { get; private set; } = [];

    /// <summary>Registers the unit in the campaign.</summary>
    /// <param name="campaign">The campaign, launched and not closed.</param>
    /// <param name="unit">The registering unit.</param>
    /// <param name="ancestorsOfUnit">The unit's ancestors, to decide whether the campaign addresses it.</param>
    /// <param name="content">Target titles, models and individual targets.</param>
    /// <param name="by">Who submits.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="historical">
    /// When entered as history: the real date of the registration, between the launch letter and the end of the period,
    /// checked against the registration deadline instead of today.
    /// </param>
    /// <param name="provincialTypes">The unit's province's own award types the content names, checked to apply to it (ADR 0016).</param>
    public static CampaignRegistration Register(
        Campaign campaign,
        OrganisationUnit unit,
        IReadOnlyCollection<UnitId> ancestorsOfUnit,
        RegistrationContent content,
        string by,
        DateTimeOffset now,
        HistoricalEntry? historical = null,
        IReadOnlyCollection<AwardType>? provincialTypes = null)
    {
        EnsureMayTakePart(campaign, unit, ancestorsOfUnit);
        var registration = new CampaignRegistration
        {
            Id = CampaignRegistrationId.New(),
            CampaignId = campaign.Id,
            UnitId = unit.Id,
            RecordedAs = Recording.ModeOf(historical),
        };
        registration.Submit(campaign, content, by, now, historical, SubmittedAction, provincialTypes ?? []);
        return registration;
    }

    /// <summary>
    /// Changes a submitted or rejected registration; a rejected one is thereby submitted again. A revision passes the
    /// same checks as the first submission: the campaign is open and addresses the unit, the unit is still active, and
    /// the registration deadline has not passed.
    /// </summary>
    /// <param name="campaign">The registration's campaign.</param>
    /// <param name="unit">The registering unit, as it is now.</param>
    /// <param name="ancestorsOfUnit">The unit's ancestors now (a transfer may have taken it out of the campaign's scope).</param>
    /// <param name="content">The new target titles, models and individual targets.</param>
    /// <param name="by">Who submits.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="historical">When entered as history: the revision's real date; only a registration entered as history is revised so.</param>
    /// <param name="provincialTypes">The unit's province's own award types the content names, checked to apply to it (ADR 0016).</param>
    public void Revise(
        Campaign campaign,
        OrganisationUnit unit,
        IReadOnlyCollection<UnitId> ancestorsOfUnit,
        RegistrationContent content,
        string by,
        DateTimeOffset now,
        HistoricalEntry? historical = null,
        IReadOnlyCollection<AwardType>? provincialTypes = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(unit);
        if (campaign.Id != CampaignId || unit.Id != UnitId)
        {
            throw new ArgumentException("The campaign and unit must be the registration's own.", nameof(unit));
        }

        campaign.EnsureOpen();
        if (Status == RegistrationStatus.Approved)
        {
            throw new DomainRuleViolationException(RegistrationErrors.AlreadyApproved);
        }

        EnsureMayTakePart(campaign, unit, ancestorsOfUnit);
        Recording.EnsureSameMode(RecordedAs, historical);

        Submit(campaign, content, by, now, historical, RevisedAction, provincialTypes ?? []);
    }

    /// <summary>The launching authority approves the registration (đã duyệt); it no longer changes.</summary>
    /// <param name="campaign">The registration's campaign.</param>
    /// <param name="by">Who approves.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="historical">When entered as history: the approval's real date (only for a registration entered as history).</param>
    public void Approve(Campaign campaign, string by, DateTimeOffset now, HistoricalEntry? historical = null) =>
        Review(campaign, RegistrationStatus.Approved, null, by, now, historical);

    /// <summary>The launching authority rejects the registration (từ chối) with its reason; the unit may correct it.</summary>
    /// <param name="campaign">The registration's campaign.</param>
    /// <param name="reason">Why.</param>
    /// <param name="by">Who rejects.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="historical">When entered as history: the rejection's real date (only for a registration entered as history).</param>
    public void Reject(Campaign campaign, string reason, string by, DateTimeOffset now, HistoricalEntry? historical = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Review(campaign, RegistrationStatus.Rejected, Text.Clean(reason), by, now, historical);
    }

    /// <summary>
    /// A review is the authority's own act on what the unit submitted. As history it needs a registration entered as history,
    /// dated between its submission and the end of the period. A live review of a registration entered as history is
    /// allowed (history precedes live) and keeps the registration live from then on.
    /// </summary>
    private void Review(Campaign campaign, RegistrationStatus outcome, string? reason, string by, DateTimeOffset now, HistoricalEntry? historical)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        campaign.EnsureOpen();
        if (Status != RegistrationStatus.Submitted)
        {
            throw new DomainRuleViolationException(RegistrationErrors.NotAwaitingReview);
        }

        if (historical is not null)
        {
            if (RecordedAs == RecordingMode.Live)
            {
                throw new DomainRuleViolationException(HistoryErrors.RecordIsLive);
            }

            historical.EnsureWithin(campaign.Plan.Letter.Date, campaign.Plan.PeriodEnd, new LocalizedText("Việc xét duyệt bản đăng ký", "A review of a registration"));
            historical.EnsureNotBefore(History.Count == 0 ? null : History[^1].OccurredOn, new LocalizedText("gửi bản đăng ký", "the registration's submission"));
            History = [.. History, historical.Of(outcome == RegistrationStatus.Approved ? ApprovedAction : RejectedAction)];
        }
        else
        {
            RecordedAs = RecordingMode.Live;
        }

        Status = outcome;
        RejectionReason = reason;
        ReviewedBy = by;
        ReviewedAt = now;
        Touch(now);
        Raise(new CampaignRegistrationReviewedDomainEvent(Id, outcome, now));
    }

    /// <summary>What both a first submission and a revision require of the campaign and the unit.</summary>
    private static void EnsureMayTakePart(Campaign campaign, OrganisationUnit unit, IReadOnlyCollection<UnitId> ancestorsOfUnit)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(unit);
        campaign.EnsureOpen();
        if (!campaign.Addresses(unit.Id, ancestorsOfUnit))
        {
            throw new DomainRuleViolationException(RegistrationErrors.UnitOutOfScope);
        }

        if (!unit.IsActive)
        {
            throw new DomainRuleViolationException(RegistrationErrors.UnitNotActive);
        }
    }

    /// <summary>Records a (re)submission: the deadline is checked, the content replaced, the review cleared.</summary>
    /// <remarks>
    /// A historical submission is dated between the launch letter and the end of the period, not before the registration's
    /// previous entry, and the deadline is checked against that date.
    /// </remarks>
    private void Submit(
        Campaign campaign, RegistrationContent content, string by, DateTimeOffset now, HistoricalEntry? historical, string action, IReadOnlyCollection<AwardType> provincialTypes)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (historical is not null)
        {
            historical.EnsureWithin(campaign.Plan.Letter.Date, campaign.Plan.PeriodEnd, new LocalizedText("Bản đăng ký (từ ngày văn bản phát động đến hết thời gian phong trào)", "A registration (from the launch letter to the end of the period)"));
            historical.EnsureNotBefore(History.Count == 0 ? null : History[^1].OccurredOn, new LocalizedText("ghi nhận trước đó của bản đăng ký", "the registration's previous entry"));
        }

        // Without a deadline (the letter sets none), registrations are accepted while the campaign is open (ADR 0013).
        if (campaign.Plan.RegistrationDeadline is { } deadline && Recording.DateOf(historical, now) > deadline)
        {
            throw new DomainRuleViolationException(RegistrationErrors.DeadlinePassed.WithMessage(
                $"Đã hết hạn đăng ký thi đua vào ngày {deadline:dd'/'MM'/'yyyy} (giờ Việt Nam).",
                $"Registrations closed on {deadline:yyyy-MM-dd} (Vietnam time)."));
        }

        Content = Validated(content, provincialTypes);
        Status = RegistrationStatus.Submitted;
        RejectionReason = null;
        ReviewedBy = null;
        ReviewedAt = null;
        SubmittedBy = by;
        SubmittedAt = now;
        if (historical is not null)
        {
            History = [.. History, historical.Of(action)];
        }

        Touch(now);
    }

    private static RegistrationContent Validated(RegistrationContent content, IReadOnlyCollection<AwardType> provincialTypes)
    {
        if (content.TargetTitles.Count == 0)
        {
            throw new DomainRuleViolationException(RegistrationErrors.NoTargetTitle);
        }

        foreach (var code in content.TargetTitles)
        {
            EnsureKind(code, RecipientKind.Collective, RegistrationErrors.TargetTitleNotCollective, provincialTypes);
        }

        foreach (var target in content.IndividualTargets)
        {
            EnsureKind(target.TargetTitle, RecipientKind.Individual, RegistrationErrors.IndividualTargetNotIndividual, provincialTypes);
        }

        return new RegistrationContent(
            content.TargetTitles.Distinct(StringComparer.Ordinal).ToList(),
            content.Models.Select(m => new EmulationModel(Text.Clean(m.Name), Text.CleanOptional(m.Description), Text.CleanOptional(m.ExpectedResults))).ToList(),
            content.IndividualTargets.Select(t => new IndividualTarget(Text.Clean(t.FullName), Text.CleanOptional(t.Position), t.TargetTitle)).ToList());
    }

    private static void EnsureKind(string code, RecipientKind kind, DomainError mismatch, IReadOnlyCollection<AwardType> provincialTypes)
    {
        var type = AwardCatalogue.Find(code) ?? provincialTypes.FirstOrDefault(t => t.Code == code) ?? throw new DomainRuleViolationException(Unknown(code, kind));
        if (type.RecipientKind != kind)
        {
            throw new DomainRuleViolationException(mismatch.WithMessage($"{mismatch.Text.Vi} '{code}' ({type.Name}) không thuộc loại này.", $"{mismatch.Message} '{code}' ({type.Name}) is not."));
        }
    }

    /// <summary>
    /// Names the codes that would do. Other lists name some forms without the recipient (e.g. <c>GIAY_KHEN</c>,
    /// <c>BANG_KHEN_TINH</c>); the catalogue has one code per recipient kind, so such a code gets the matching one.
    /// </summary>
    private static DomainError Unknown(string code, RecipientKind kind)
    {
        var valid = string.Join(", ", AwardCatalogue.CodesFor(kind));
        var meant = AwardCatalogue.CodesFor(kind).Where(c => c.StartsWith(code + "_", StringComparison.Ordinal)).ToList();
        var collective = kind == RecipientKind.Collective;
        return RegistrationErrors.UnknownAwardType.WithMessage(
            $"Mã loại hình khen thưởng '{code}' không có trong danh mục."
                + (meant.Count > 0 ? $" Có phải là {string.Join(" hoặc ", meant)}?" : string.Empty)
                + $" Danh hiệu đăng ký của {(collective ? "đơn vị" : "cá nhân")} gồm: {valid}.",
            $"Award type '{code}' is not in the catalogue."
                + (meant.Count > 0 ? $" Did you mean {string.Join(" or ", meant)}?" : string.Empty)
                + $" {(collective ? "A unit's target titles" : "A person's target titles")} are: {valid}.");
    }
}
