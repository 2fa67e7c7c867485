using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.EmulationClusters;

/// <summary>
/// A unit's membership of a cluster or block for one year. The managing authority, kind and year are
/// repeated on the row so that a unique index can enforce "at most one cluster and one block of the same
/// managing authority per unit and year" even under concurrent writes.
/// </summary>
public sealed class ClusterMember
{
    private ClusterMember()
    {
    }

    public Guid Id { get; private set; }

    public UnitId UnitId { get; private set; }

    public UnitId ManagingAuthorityId { get; private set; }

    public ClusterKind ClusterKind { get; private set; }

    public int Year { get; private set; }

    public DateOnly JoinedOn { get; private set; }

    /// <summary>Set when the unit left during the year (merged or dissolved): from this date it is no longer a member.</summary>
    public DateOnly? LeftOn { get; private set; }

    public MemberLeaveReason? LeaveReason { get; private set; }

    public bool IsCurrent => LeftOn is null;

    internal static ClusterMember Create(UnitId unitId, UnitId managingAuthorityId, ClusterKind kind, int year, DateOnly joinedOn) =>
        new()
        {
            Id = EntityIds.New(),
            UnitId = unitId,
            ManagingAuthorityId = managingAuthorityId,
            ClusterKind = kind,
            Year = year,
            JoinedOn = joinedOn,
        };

    internal void Leave(DateOnly effectiveOn, MemberLeaveReason reason)
    {
        LeftOn = effectiveOn < JoinedOn ? JoinedOn : effectiveOn;
        LeaveReason = reason;
    }
}
