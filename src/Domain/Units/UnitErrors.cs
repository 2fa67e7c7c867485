using ThiDua.Domain.Common;

namespace ThiDua.Domain.Units;

/// <summary>Stable error codes of the unit aggregate.</summary>
public static class UnitErrors
{
    public static readonly DomainError CodeTaken =
        DomainError.Conflict("unit.code_taken", "Another unit already uses this code.");

    public static readonly DomainError NotActive =
        DomainError.Conflict("unit.not_active", "The unit has been merged or dissolved; its record is kept for history and can no longer change.");

    public static readonly DomainError ParentNotActive =
        DomainError.Rule("unit.parent_not_active", "The parent unit has been merged or dissolved.");

    public static readonly DomainError HierarchyCycle =
        DomainError.Rule("unit.hierarchy_cycle", "A unit cannot be its own ancestor.");

    public static readonly DomainError SameParent =
        DomainError.Rule("unit.transfer_to_same_parent", "The unit is already under this parent.");

    public static readonly DomainError SameName =
        DomainError.Rule("unit.rename_to_same_name", "The new name is the unit's current name.");

    public static readonly DomainError MergeIntoItself =
        DomainError.Rule("unit.merge_into_itself", "A unit cannot be merged into itself.");

    public static readonly DomainError SuccessorNotActive =
        DomainError.Rule("unit.successor_not_active", "The successor unit has been merged or dissolved.");

    public static readonly DomainError EffectiveBeforeValidFrom =
        DomainError.Rule("unit.effective_date_before_valid_from", "The effective date is before the unit existed.");

    public static readonly DomainError EffectiveBeforeLastEvent =
        DomainError.Rule("unit.effective_date_before_last_event", "The effective date is before the unit's last recorded lineage event.");

    public static readonly DomainError ParentNotFound =
        DomainError.Rule("unit.parent_not_found", "The parent unit does not exist.");

    public static readonly DomainError SuccessorNotFound =
        DomainError.Rule("unit.successor_not_found", "The successor unit does not exist.");
}
