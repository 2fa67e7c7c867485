using ThiDua.Domain.Campaigns.Events;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.Campaigns;

/// <summary>
/// An emulation campaign (phong trào thi đua) launched by a letter of a launching authority such as a Sở Y tế, with a
/// theme, phases (đợt) and numbered contents (domain.md §3; seed 003: letter 1975/SYT-VP of Sở Y tế Thanh Hóa).
/// After launch the letter, period and contents are frozen; phases may only be appended at the end.
/// </summary>
public sealed class Campaign : AggregateRoot<CampaignId>
{
    private Campaign()
    {
    }

    public UnitId LaunchingAuthorityId { get; private set; }

    public CampaignPlan Plan { get; private set; } = null!;

    public CampaignStatus Status { get; private set; }

    public DateTimeOffset? LaunchedAt { get; private set; }

    /// <summary>The final review (tổng kết) that closed the campaign.</summary>
    public FinalReview? FinalReview { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

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
        campaign.SetPlan(plan, scopeUnitsUnderAuthority);
        campaign.Touch(now);
        return campaign;
    }

    public void Revise(CampaignPlan plan, IReadOnlySet<UnitId> scopeUnitsUnderAuthority, DateTimeOffset now)
    {
        EnsureStatus(CampaignStatus.Draft, CampaignErrors.NotDraft);
        SetPlan(plan, scopeUnitsUnderAuthority);
        Touch(now);
    }

    /// <summary>Launches the campaign (phát động): its letter, period and contents are frozen from now on.</summary>
    public void Launch(DateTimeOffset now)
    {
        EnsureStatus(CampaignStatus.Draft, CampaignErrors.NotDraft);
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
            throw new DomainRuleViolationException(CampaignErrors.ReviewBeforeLastPhase.WithMessage(
                $"{what} on {lastStart:yyyy-MM-dd}; the final review cannot be dated {review.Date:yyyy-MM-dd}, before it."));
        }

        if (review.Date > LegalCalendar.DateInVietnam(now))
        {
            throw new DomainRuleViolationException(CampaignErrors.ReviewInFuture);
        }

        if (registrationsAwaitingReview > 0)
        {
            throw new DomainRuleViolationException(CampaignErrors.RegistrationsAwaitingReview.WithMessage(
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

    /// <summary>Whether the campaign addresses the unit: it is listed, or the scope is every unit under the authority.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="ancestorsOfUnit">The unit's ancestors in the hierarchy.</param>
    public bool Addresses(UnitId unitId, IReadOnlyCollection<UnitId> ancestorsOfUnit)
    {
        ArgumentNullException.ThrowIfNull(ancestorsOfUnit);
        return Plan.Scope.AllUnitsUnderAuthority ? ancestorsOfUnit.Contains(LaunchingAuthorityId) : Plan.Scope.Units.Contains(unitId);
    }

    /// <summary>Whether the registration deadline (a date in Vietnam) has passed at <paramref name="now"/>.</summary>
    public bool RegistrationDeadlinePassed(DateTimeOffset now) => LegalCalendar.DateInVietnam(now) > Plan.RegistrationDeadline;

    private static void EnsurePhaseInPeriod(CampaignPlan plan, CampaignPhase phase)
    {
        if (phase.Start < plan.PeriodStart || phase.End > plan.PeriodEnd)
        {
            throw new DomainRuleViolationException(CampaignErrors.PhaseOutsidePeriod.WithMessage(
                $"Phase {phase.Number} ({phase.Start:yyyy-MM-dd} – {phase.End:yyyy-MM-dd}) lies outside the period {plan.PeriodStart:yyyy-MM-dd} – {plan.PeriodEnd:yyyy-MM-dd}."));
        }
    }

    private void SetPlan(CampaignPlan plan, IReadOnlySet<UnitId> scopeUnitsUnderAuthority)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scopeUnitsUnderAuthority);
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
            throw new DomainRuleViolationException(CampaignErrors.DuplicateContentCode.WithMessage($"Content {duplicate.Key} appears more than once."));
        }

        CampaignPhase? previous = null;
        foreach (var phase in plan.Phases.OrderBy(p => p.Number))
        {
            EnsurePhaseInPeriod(plan, phase);
            if (phase.End < phase.Start || (previous is not null && phase.Start <= previous.End))
            {
                throw new DomainRuleViolationException(CampaignErrors.PhasesOverlap.WithMessage(
                    $"Phase {phase.Number} must start after phase {previous?.Number} ends and end on or after its own start."));
            }

            previous = phase;
        }

        if (plan.RegistrationDeadline < plan.PeriodStart || plan.RegistrationDeadline > plan.PeriodEnd)
        {
            throw new DomainRuleViolationException(CampaignErrors.RegistrationDeadlineOutsidePeriod);
        }

        if (plan.DossierWindowStart is { } from && plan.DossierWindowEnd is { } to && to < from)
        {
            throw new DomainRuleViolationException(CampaignErrors.DossierWindowInvalid);
        }

        var outside = plan.Scope.AllUnitsUnderAuthority
            ? []
            : plan.Scope.Units.Where(u => !scopeUnitsUnderAuthority.Contains(u)).ToList();
        if (outside.Count > 0)
        {
            throw new DomainRuleViolationException(CampaignErrors.ScopeUnitOutsideAuthority.WithMessage($"Unit {outside[0]} is not under the launching authority."));
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
