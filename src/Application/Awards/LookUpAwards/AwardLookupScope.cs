namespace ThiDua.Application.Awards.LookUpAwards;

/// <summary>How far a caller's award lookup reaches (ADR 0032).</summary>
public enum AwardLookupReach
{
    /// <summary>An administrator: every award.</summary>
    Everything = 1,

    /// <summary>
    /// A council or integration client: awards of its managing authority and every unit under it, of every unit merged
    /// into one of those (and what lay under that), and of the people working there today.
    /// </summary>
    Authority = 2,

    /// <summary>A unit officer: awards of its own unit and the units merged into it, and of the people working there today.</summary>
    OwnUnit = 3,
}

/// <summary>
/// The awards a caller may find, and whose personal data it may read. <see cref="PersonalData"/> follows the people
/// view (<see cref="Common.Security.AccessGuard.MaySeePersonalDataAsync"/>): an admin for everyone; a council for people
/// whose current unit is its authority or lies under it; a unit officer for its own unit's staff; an integration
/// client for no one.
/// </summary>
public sealed record AwardLookupScope(AwardLookupReach Reach, Guid? UnitId, bool PersonalData)
{
    public static readonly AwardLookupScope Everything = new(AwardLookupReach.Everything, null, PersonalData: true);
}

/// <summary>Where a unit named by the lookup's unit filter stands for the caller.</summary>
public enum UnitInLookupScope
{
    Unknown = 0,
    Outside = 1,
    Inside = 2,
}
