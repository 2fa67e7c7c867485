using ThiDua.Domain.Common;

namespace ThiDua.Domain.Covenants;

/// <summary>Stable error codes of the covenant aggregate.</summary>
public static class CovenantErrors
{
    public static readonly DomainError AlreadyExists =
        DomainError.Conflict("covenant.already_exists", "The cluster already has a covenant for this year.");

    public static readonly DomainError NoTermForYear =
        DomainError.Rule("covenant.no_term_for_year", "The cluster has no term for this year: record its members first.");

    public static readonly DomainError ClusterNotFound =
        DomainError.Rule("covenant.cluster_not_found", "The cluster does not exist.");

    public static readonly DomainError NotDraft =
        DomainError.Conflict("covenant.not_draft", "Only a draft covenant can be edited or opened for signing.");

    public static readonly DomainError NotOpenForSigning =
        DomainError.Conflict("covenant.not_open_for_signing", "The covenant is not open for signing.");

    public static readonly DomainError NotInForce =
        DomainError.Conflict("covenant.not_in_force", "Scoring opens only once every member unit has signed.");

    public static readonly DomainError NotScoring =
        DomainError.Conflict("covenant.not_scoring", "Only a covenant open for scoring can be finalized.");

    public static readonly DomainError SigningDeadlinePassed =
        DomainError.Rule("covenant.signing_deadline_passed", "The signing deadline has passed.");

    public static readonly DomainError SignatoryNotMember =
        DomainError.Rule("covenant.signatory_not_member", "Only current member units of the year's term sign the covenant.");

    public static readonly DomainError AlreadySigned =
        DomainError.Conflict("covenant.already_signed", "This member unit has already signed the covenant.");

    public static readonly DomainError NoCriteria =
        DomainError.Rule("covenant.no_criteria", "A covenant needs at least one content and one criterion before it is opened for signing.");

    public static readonly DomainError CriterionContentUnknown =
        DomainError.Rule("covenant.criterion_content_unknown", "A criterion refers to a content number the covenant does not have.");

    public static readonly DomainError CriteriaTotalMismatch =
        DomainError.Rule("covenant.criteria_total_mismatch", "The criteria's points do not add up to the scale maximum.");

    public static readonly DomainError DeadlineOutsideYear =
        DomainError.Rule("covenant.signing_deadline_outside_year", "The signing deadline must fall in the covenant's year.");

    public static readonly DomainError PhaseEndsBeforeStart =
        DomainError.Rule("covenant.phase_ends_before_start", "A phase must end on or after its start.");

    public static readonly DomainError PhaseOutsideYear =
        DomainError.Rule("covenant.phase_outside_year", "Every phase must lie inside the covenant's year.");

    public static readonly DomainError PhasesOutOfOrder =
        DomainError.Rule("covenant.phases_out_of_order", "Phases are listed in the order they run: each starts after the one before it.");

    public static readonly DomainError PhasesOverlap =
        DomainError.Rule("covenant.phases_overlap", "A phase must start after the one before it ends.");
}
