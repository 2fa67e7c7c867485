using ThiDua.Domain.Common;

namespace ThiDua.Domain.Campaigns;

/// <summary>Stable error codes of the campaign aggregate.</summary>
public static class CampaignErrors
{
    public static readonly DomainError NotDraft =
        DomainError.Conflict("campaign.not_draft", "Only a draft campaign can be revised or launched.");

    public static readonly DomainError NotLaunched =
        DomainError.Conflict("campaign.not_launched", "The campaign has not been launched yet.");

    public static readonly DomainError Closed =
        DomainError.Conflict("campaign.closed", "The campaign is closed by its final review; nothing in it changes any more.");

    public static readonly DomainError ReviewBeforeLaunch =
        DomainError.Rule("campaign.review_before_launch", "The final review cannot be dated before the launch letter.");

    public static readonly DomainError ReviewBeforeLastPhase =
        DomainError.Rule(
            "campaign.review_before_last_phase",
            "The final review cannot be dated before the last phase starts (the period's start when there are no phases): that phase could never be reported on.");

    public static readonly DomainError ReviewInFuture =
        DomainError.Rule("campaign.review_in_future", "The final review cannot be dated in the future.");

    public static readonly DomainError RegistrationsAwaitingReview =
        DomainError.Rule("campaign.registrations_awaiting_review", "Every registration must be approved or rejected before the campaign closes.");

    public static readonly DomainError LaunchingAuthorityNotFound =
        DomainError.Rule("campaign.launching_authority_not_found", "The launching authority does not exist.");

    public static readonly DomainError LaunchingAuthorityNotActive =
        DomainError.Rule("campaign.launching_authority_not_active", "The launching authority has been merged or dissolved.");

    public static readonly DomainError PeriodInvalid =
        DomainError.Rule("campaign.period_invalid", "The campaign period must end on or after its start.");

    public static readonly DomainError NoContent =
        DomainError.Rule("campaign.no_content", "A campaign needs at least one content.");

    public static readonly DomainError DuplicateContentCode =
        DomainError.Rule("campaign.duplicate_content_code", "Content codes must be unique.");

    public static readonly DomainError PhaseOutsidePeriod =
        DomainError.Rule("campaign.phase_outside_period", "Every phase must lie inside the campaign period.");

    public static readonly DomainError PhasesOverlap =
        DomainError.Rule("campaign.phases_overlap", "Phases must be in order and must not overlap.");

    public static readonly DomainError PhaseNotAfterLast =
        DomainError.Rule("campaign.phase_not_after_last", "After launch, a new phase can only follow the last one.");

    public static readonly DomainError RegistrationDeadlineOutsidePeriod =
        DomainError.Rule("campaign.registration_deadline_outside_period", "The registration deadline must fall inside the campaign period.");

    public static readonly DomainError DossierWindowInvalid =
        DomainError.Rule("campaign.dossier_window_invalid", "The nomination dossier window must end on or after its start.");

    public static readonly DomainError ScopeUnitOutsideAuthority =
        DomainError.Rule("campaign.scope_unit_outside_authority", "Listed units must be under the launching authority.");

    public static readonly DomainError LaunchingClusterNotFound =
        DomainError.Rule("campaign.launching_cluster_not_found", "The launching cluster or block does not exist.");

    public static readonly DomainError ClusterNoTermForYear =
        DomainError.Rule("campaign.cluster_no_term_for_year", "The cluster has no term for the campaign's year: record its members and head first.");

    public static readonly DomainError ClusterHasNoHead =
        DomainError.Rule(
            "campaign.cluster_has_no_head",
            "The cluster has no head unit for the campaign's year (none elected, or the head left the cluster): a cluster acts through its head, so record the election first.");

    public static readonly DomainError ClusterPeriodOutsideYear =
        DomainError.Rule(
            "campaign.cluster_period_outside_year",
            "A cluster's campaign runs within one year of the cluster's terms: its period must start and end in the same year (the term's year).");

    public static readonly DomainError ScopeUnitNotClusterMember =
        DomainError.Rule("campaign.scope_unit_not_cluster_member", "A cluster's campaign addresses only current members of the cluster's term for the year.");
}
