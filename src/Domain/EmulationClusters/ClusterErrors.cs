using ThiDua.Domain.Common;

namespace ThiDua.Domain.EmulationClusters;

/// <summary>Stable error codes of the emulation cluster aggregate.</summary>
public static class ClusterErrors
{
    public static readonly DomainError NameTaken =
        DomainError.Conflict("cluster.name_taken", "The managing authority already has a cluster or block with this name.");

    public static readonly DomainError ManagingAuthorityNotActive =
        DomainError.Rule("cluster.managing_authority_not_active", "The managing authority has been merged or dissolved.");

    public static readonly DomainError StructureLocked =
        DomainError.Conflict("cluster.structure_locked", "Kind and managing authority cannot change once terms are recorded.");

    public static readonly DomainError MemberUnitNotActive =
        DomainError.Rule("cluster.member_unit_not_active", "A merged or dissolved unit cannot become a member.");

    public static readonly DomainError UnitInOtherGrouping =
        DomainError.Conflict("cluster.unit_in_other_grouping", "The unit already belongs to another cluster or block of the same kind and managing authority that year.");

    public static readonly DomainError AlreadyMember =
        DomainError.Conflict("cluster.already_member", "The unit is already a member of this term.");

    public static readonly DomainError HeadAndDeputySame =
        DomainError.Rule("cluster.head_and_deputy_same", "The head and the deputy must be different units.");

    public static readonly DomainError PostHolderNotCurrentMember =
        DomainError.Rule("cluster.post_holder_not_current_member", "The head and the deputy must be current members of that year's term.");

    public static readonly DomainError MemberHoldsPost =
        DomainError.Conflict("cluster.member_holds_post", "The unit is the head or deputy of the term; record a new election first.");

    public static readonly DomainError MemberLeftByReorganisation =
        DomainError.Conflict("cluster.member_left_by_reorganisation", "The unit left the term through a merger or dissolution; its membership is kept as history.");

    public static readonly DomainError JoinDateOutsideYear =
        DomainError.Rule("cluster.join_date_outside_year", "The join date must fall within the term's year.");

    public static readonly DomainError ManagingAuthorityNotFound =
        DomainError.Rule("cluster.managing_authority_not_found", "The managing authority unit does not exist.");

    public static readonly DomainError CovenantAlreadyOpen =
        DomainError.Conflict("cluster.covenant_already_open", "The year's covenant is already open for signing: a unit joining now could not sign it.");

    public static readonly DomainError MemberOutsideAuthority =
        DomainError.Rule("cluster.member_outside_authority", "Members must be units under the cluster's managing authority.");

    public static readonly DomainError MemberUnitNotFound =
        DomainError.Rule("cluster.member_unit_not_found", "A member unit does not exist.");
}
