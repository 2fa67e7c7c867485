using ThiDua.Domain.Campaigns.Events;
using ThiDua.Domain.Common;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Statistics;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.Campaigns;

/// <summary>
/// An emulation campaign (phong trào thi đua) launched by a letter of a launching authority such as a Sở Y tế, with a
/// theme, phases (đợt) and numbered contents (domain.md §3; seed 003: letter 1975/SYT-VP of Sở Y tế Thanh Hóa) — or by
/// an emulation cluster or block for its members of one year, through the unit heading the cluster that year
/// (domain.md §3: "clusters may launch cluster movements"; ADR 0013).
/// After launch the letter, period and contents are frozen; phases may only be appended at the end.
/// </summary>
public sealed class Campaign : AggregateRoot<CampaignId>
{
    private Campaign()
    {
    }

    /// <summary>The unit whose letter launched the campaign; null for a campaign launched by a cluster.</summary>
    public UnitId? LaunchingAuthorityId { get; private set; }

    /// <summary>The cluster or block that launched the campaign for its members (phong trào của cụm); null otherwise.</summary>
    public ClusterId? LaunchingClusterId { get; private set; }

    /// <summary>For a cluster's campaign: the year of the cluster's term whose members it addresses and whose head acts for it.</summary>
    public int? ClusterYear { get; private set; }

    public bool IsLaunchedByCluster => LaunchingClusterId is not null;

    public CampaignPlan Plan { get; private set; } = null!;

    public CampaignStatus Status { get; private set; }

    public DateTimeOffset? LaunchedAt { get; private set; }

    /// <summary>The final review (tổng kết) that closed the campaign.</summary>
    public FinalReview? FinalReview { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>
    /// Phạm vi of the movement as the statistical form 0601 counts it, when declared (e.g. a national movement the Sở
    /// relays); null: derived when reporting from who launched it (ADR 0034).
    /// </summary>
    public MovementScope? StatisticsScope { get; private set; }

    /// <summary>Declares (or, with null, clears) the movement's scope for the statistical forms; not part of the letter, so allowed in any state.</summary>
    public void ClassifyForStatistics(MovementScope? scope, DateTimeOffset now)
    {
        StatisticsScope = scope;
        Touch(now);
    }

    /// <summary>
    /// Drafts a campaign. <paramref name="scopeUnitsUnderAuthority"/> are those of the listed scope units that lie under
    /// the launching authority; every listed unit must.
    /// </summary>
    public static Campaign Draft(OrganisationUnit launchingAuthority, CampaignPlan plan, IReadOnlySet<UnitId> scopeUnitsUnderAuthority, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(launchingAuthority);
        if (!launchingAuthority.IsActive)
        {
            throw new DomainRuleViolationException(CampaignErrors.LaunchingAuthorityNotActive);
        }

        var campaign = new Campaign { Id = CampaignId.New(), LaunchingAuthorityId = launchingAuthority.Id, Status = CampaignStatus.Draft };
        campaign.SetPlan(plan, scopeUnitsUnderAuthority, CampaignErrors.ScopeUnitOutsideAuthority);
        campaign.Touch(now);
        return campaign;
    }

    /// <summary>
    /// Drafts a campaign that a cluster or block launches for its members (phong trào thi đua của cụm). It runs within
    /// one year, the year of the term whose members it addresses, and the cluster must have a head that year: the head
    /// unit acts for the cluster. Without listed scope units it addresses every current member of the term, listed in the
    /// scope and taken again at launch; listed units must be current members.
    /// </summary>
    public static Campaign DraftForCluster(EmulationCluster cluster, CampaignPlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(plan);
        var campaign = new Campaign
        {
            Id = CampaignId.New(),
            LaunchingClusterId = cluster.Id,
            ClusterYear = plan.PeriodStart.Year,
            Status = CampaignStatus.Draft,
        };
        campaign.SetClusterPlan(cluster, plan);
        campaign.Touch(now);
        return campaign;
    }

    /// <summary>
    /// The unit acting for <paramref name="cluster"/> in <paramref name="year"/>: the head (cụm trưởng / trưởng khối) of
    /// that year's term, while it is still a member. A cluster without a term that year, or whose head was never elected
    /// or has left (merged or dissolved), cannot act.
    /// </summary>
    public static UnitId ActingHeadOf(EmulationCluster cluster, int year)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var term = cluster.FindTerm(year)
            ?? throw new DomainRuleViolationException(CampaignErrors.ClusterNoTermForYear.WithMessage(
                $"{cluster.Name} chưa có nhiệm kỳ năm {year}: cần ghi nhận thành viên và cụm trưởng năm {year} trước.",
                $"{cluster.Name} has no term for {year}: record its members and head for {year} first."));
        if (term.HeadUnitId is not { } head || term.HeadVacantSince is not null)
        {
            throw new DomainRuleViolationException(CampaignErrors.ClusterHasNoHead.WithMessage(
                $"{cluster.Name} chưa có đơn vị cụm trưởng năm {year}{(term.HeadVacantSince is { } sinceVi ? $" (cụm trưởng đã rời cụm từ ngày {sinceVi:dd'/'MM'/'yyyy})" : string.Empty)}: cần ghi nhận kết quả bầu cụm trưởng trước.",
                $"{cluster.Name} has no head unit for {year}{(term.HeadVacantSince is { } since ? $" (the head left the cluster on {since:yyyy-MM-dd})" : string.Empty)}: record the election of its head first."));
        }

        return head;
    }

    public void Revise(CampaignPlan plan, IReadOnlySet<UnitId> scopeUnitsUnderAuthority, DateTimeOffset now)
    {
        EnsureLaunchedByAuthority();
        EnsureStatus(CampaignStatus.Draft, CampaignErrors.NotDraft);
        SetPlan(plan, scopeUnitsUnderAuthority, CampaignErrors.ScopeUnitOutsideAuthority);
        Touch(now);
    }

    /// <summary>Replaces the plan of a draft campaign of <paramref name="cluster"/>; it stays in the same year.</summary>
    public void ReviseForCluster(EmulationCluster cluster, CampaignPlan plan, DateTimeOffset now)
    {
        EnsureOwnCluster(cluster);
        EnsureStatus(CampaignStatus.Draft, CampaignErrors.NotDraft);
        SetClusterPlan(cluster, plan);
        Touch(now);
    }

    /// <summary>Launches the campaign (phát động): its letter, period and contents are frozen from now on.</summary>
    public void Launch(DateTimeOffset now)
    {
        EnsureLaunchedByAuthority();
        EnsureStatus(CampaignStatus.Draft, CampaignErrors.NotDraft);
        MarkLaunched(now);
    }

    /// <summary>
    /// Launches a cluster's campaign. Its addressees are fixed now, as a letter's recipients are: every current member of
    /// the year's term (when no units were listed), or the listed units, which must all still be current members. The
    /// cluster must still have a head.
    /// </summary>
    public void LaunchForCluster(EmulationCluster cluster, DateTimeOffset now)
    {
        EnsureOwnCluster(cluster);
        EnsureStatus(CampaignStatus.Draft, CampaignErrors.NotDraft);
        SetClusterPlan(cluster, Plan);
        MarkLaunched(now);
    }

    private void MarkLaunched(DateTimeOffset now)
    {
        Status = CampaignStatus.Launched;
        LaunchedAt = now;
        Touch(now);
        Raise(new CampaignLaunchedDomainEvent(Id, Plan.Letter.Number, now));
    }

    /// <summary>Appends a phase after the last one, inside the period (the only change allowed after launch).</summary>
    public CampaignPhase AppendPhase(string name, DateOnly start, DateOnly end, string? focus, IReadOnlyList<string> commemorations, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(commemorations);
        EnsureOpen();
        var last = Plan.Phases.Count == 0 ? null : Plan.Phases[^1];
        var phase = new CampaignPhase((last?.Number ?? 0) + 1, Text.Clean(name), start, end, Text.CleanOptional(focus), commemorations.Select(Text.Clean).ToList());
        if (last is not null && phase.Start <= last.End)
        {
            throw new DomainRuleViolationException(CampaignErrors.PhaseNotAfterLast);
        }

        EnsurePhaseInPeriod(Plan, phase);
        if (phase.End < phase.Start)
        {
            throw new DomainRuleViolationException(CampaignErrors.PhasesOverlap);
        }

        Plan = Plan with { Phases = [.. Plan.Phases, phase] };
        Touch(now);
        return phase;
    }

    /// <summary>
    /// Closes the campaign with its final review (tổng kết): from then on no registration or report changes. Every
    /// registration must have been approved or rejected first, so that the review reflects decided registrations.
    /// The review is dated between the launch letter and today, and not before the last phase has started: closing
    /// earlier would leave a phase nobody could ever report on. It may precede the last phase's end (ADR 0010).
    /// </summary>
    public void Close(FinalReview review, int registrationsAwaitingReview, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(review);
        EnsureOpen();
        if (review.Date < Plan.Letter.Date)
        {
            throw new DomainRuleViolationException(CampaignErrors.ReviewBeforeLaunch);
        }

        var lastStart = Plan.Phases.Count == 0 ? Plan.PeriodStart : Plan.Phases[^1].Start;
        if (review.Date < lastStart)
        {
            var what = Plan.Phases.Count == 0 ? "The period starts" : $"Phase {Plan.Phases[^1].Number}, the last, starts";
            var whatVi = Plan.Phases.Count == 0 ? "Phong trào bắt đầu từ" : $"Đợt {Plan.Phases[^1].Number}, đợt cuối cùng, bắt đầu từ";
            throw new DomainRuleViolationException(CampaignErrors.ReviewBeforeLastPhase.WithMessage(
                $"{whatVi} ngày {lastStart:dd'/'MM'/'yyyy}; ngày tổng kết không thể là ngày {review.Date:dd'/'MM'/'yyyy}, trước thời điểm đó.",
                $"{what} on {lastStart:yyyy-MM-dd}; the final review cannot be dated {review.Date:yyyy-MM-dd}, before it."));
        }

        if (review.Date > LegalCalendar.DateInVietnam(now))
        {
            throw new DomainRuleViolationException(CampaignErrors.ReviewInFuture);
        }

        if (registrationsAwaitingReview > 0)
        {
            throw new DomainRuleViolationException(CampaignErrors.RegistrationsAwaitingReview.WithMessage(
                $"Còn {registrationsAwaitingReview} bản đăng ký thi đua chờ phê duyệt hoặc từ chối.",
                $"{registrationsAwaitingReview} registration(s) still await approval or rejection."));
        }

        Status = CampaignStatus.Closed;
        FinalReview = review;
        ClosedAt = now;
        Touch(now);
        Raise(new CampaignClosedDomainEvent(Id, review.Document.Number, now));
    }

    /// <summary>Units register and report only while the campaign is launched and not yet closed.</summary>
    public void EnsureOpen()
    {
        switch (Status)
        {
            case CampaignStatus.Draft:
                throw new DomainRuleViolationException(CampaignErrors.NotLaunched);
            case CampaignStatus.Closed:
                throw new DomainRuleViolationException(CampaignErrors.Closed);
        }
    }

    /// <summary>
    /// Whether the campaign addresses the unit: it is listed, or the scope is every unit under the authority. A cluster's
    /// campaign addresses the units in its scope, the members of the term as fixed at launch.
    /// </summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="ancestorsOfUnit">The unit's ancestors in the hierarchy.</param>
    public bool Addresses(UnitId unitId, IReadOnlyCollection<UnitId> ancestorsOfUnit)
    {
        ArgumentNullException.ThrowIfNull(ancestorsOfUnit);
        return Plan.Scope.AllUnitsUnderAuthority && LaunchingAuthorityId is { } authority
            ? ancestorsOfUnit.Contains(authority)
            : Plan.Scope.Units.Contains(unitId);
    }

    /// <summary>
    /// Whether the registration deadline (a date in Vietnam) has passed at <paramref name="now"/>; never, when the letter
    /// sets none (registrations then end when the campaign closes).
    /// </summary>
    public bool RegistrationDeadlinePassed(DateTimeOffset now) =>
        Plan.RegistrationDeadline is { } deadline && LegalCalendar.DateInVietnam(now) > deadline;

    private static void EnsurePhaseInPeriod(CampaignPlan plan, CampaignPhase phase)
    {
        if (phase.Start < plan.PeriodStart || phase.End > plan.PeriodEnd)
        {
            throw new DomainRuleViolationException(CampaignErrors.PhaseOutsidePeriod.WithMessage(
                $"Đợt {phase.Number} ({phase.Start:dd'/'MM'/'yyyy} – {phase.End:dd'/'MM'/'yyyy}) nằm ngoài thời gian phong trào {plan.PeriodStart:dd'/'MM'/'yyyy} – {plan.PeriodEnd:dd'/'MM'/'yyyy}.",
                $"Phase {phase.Number} ({phase.Start:yyyy-MM-dd} – {phase.End:yyyy-MM-dd}) lies outside the period {plan.PeriodStart:yyyy-MM-dd} – {plan.PeriodEnd:yyyy-MM-dd}."));
        }
    }

    private void SetClusterPlan(EmulationCluster cluster, CampaignPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var year = ClusterYear!.Value;
        if (plan.PeriodEnd >= plan.PeriodStart && (plan.PeriodStart.Year != year || plan.PeriodEnd.Year != year))
        {
            throw new DomainRuleViolationException(CampaignErrors.ClusterPeriodOutsideYear.WithMessage(
                $"Thời gian {plan.PeriodStart:dd'/'MM'/'yyyy} – {plan.PeriodEnd:dd'/'MM'/'yyyy} vượt ra ngoài năm {year}, năm nhiệm kỳ của cụm thi đua mà phong trào hướng tới.",
                $"The period {plan.PeriodStart:yyyy-MM-dd} – {plan.PeriodEnd:yyyy-MM-dd} leaves {year}, the year of the cluster's term the campaign addresses."));
        }

        ActingHeadOf(cluster, year);
        var members = cluster.FindTerm(year)!.Members.Where(m => m.IsCurrent).Select(m => m.UnitId).ToList();
        SetPlan(plan, members.ToHashSet(), CampaignErrors.ScopeUnitNotClusterMember);
        if (Plan.Scope.AllUnitsUnderAuthority)
        {
            Plan = Plan with { Scope = new CampaignScope(true, members) };
        }
    }

    private void EnsureOwnCluster(EmulationCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        if (LaunchingClusterId != cluster.Id)
        {
            throw new InvalidOperationException("The campaign was not launched by this cluster.");
        }
    }

    private void EnsureLaunchedByAuthority()
    {
        if (IsLaunchedByCluster)
        {
            throw new InvalidOperationException("A cluster's campaign is revised and launched with its cluster.");
        }
    }

    private void SetPlan(CampaignPlan plan, IReadOnlySet<UnitId> scopeUnitsAllowed, DomainError outsideScope)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scopeUnitsAllowed);
        if (plan.PeriodEnd < plan.PeriodStart)
        {
            throw new DomainRuleViolationException(CampaignErrors.PeriodInvalid);
        }

        if (plan.Contents.Count == 0)
        {
            throw new DomainRuleViolationException(CampaignErrors.NoContent);
        }

        if (plan.Contents.GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new DomainRuleViolationException(CampaignErrors.DuplicateContentCode.WithMessage($"Nội dung {duplicate.Key} xuất hiện nhiều lần.", $"Content {duplicate.Key} appears more than once."));
        }

        CampaignPhase? previous = null;
        foreach (var phase in plan.Phases.OrderBy(p => p.Number))
        {
            EnsurePhaseInPeriod(plan, phase);
            if (phase.End < phase.Start || (previous is not null && phase.Start <= previous.End))
            {
                throw new DomainRuleViolationException(CampaignErrors.PhasesOverlap.WithMessage(
                    $"Đợt {phase.Number} phải bắt đầu sau khi đợt {previous?.Number} kết thúc và kết thúc bằng hoặc sau ngày bắt đầu của chính đợt đó.",
                    $"Phase {phase.Number} must start after phase {previous?.Number} ends and end on or after its own start."));
            }

            previous = phase;
        }

        if (plan.RegistrationDeadline is { } deadline && (deadline < plan.PeriodStart || deadline > plan.PeriodEnd))
        {
            throw new DomainRuleViolationException(CampaignErrors.RegistrationDeadlineOutsidePeriod);
        }

        if (plan.DossierWindowStart is { } from && plan.DossierWindowEnd is { } to && to < from)
        {
            throw new DomainRuleViolationException(CampaignErrors.DossierWindowInvalid);
        }

        var outside = plan.Scope.AllUnitsUnderAuthority
            ? []
            : plan.Scope.Units.Where(u => !scopeUnitsAllowed.Contains(u)).ToList();
        if (outside.Count > 0)
        {
            throw new DomainRuleViolationException(IsLaunchedByCluster
                ? outsideScope.WithMessage(
                    $"Đơn vị {outside[0]} không phải là thành viên hiện tại trong nhiệm kỳ năm {ClusterYear} của cụm thi đua.",
                    $"Unit {outside[0]} is not a current member of the cluster's term for {ClusterYear}.")
                : outsideScope.WithMessage(
                    $"Đơn vị {outside[0]} không thuộc cơ quan phát động.",
                    $"Unit {outside[0]} is not under the launching authority."));
        }

        Plan = plan with
        {
            Title = Text.Clean(plan.Title),
            Theme = Text.Clean(plan.Theme),
            Slogan = Text.CleanOptional(plan.Slogan),
            Phases = plan.Phases.OrderBy(p => p.Number).ToList(),
        };
    }

    private void EnsureStatus(CampaignStatus expected, DomainError error)
    {
        if (Status != expected)
        {
            throw new DomainRuleViolationException(error);
        }
    }
}
