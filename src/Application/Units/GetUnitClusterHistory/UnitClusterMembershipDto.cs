using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.Units.GetUnitClusterHistory;

/// <summary>One year of a unit in a cluster or block, with its post that year.</summary>
public sealed record UnitClusterMembershipDto(
    int Year,
    Guid ClusterId,
    string ClusterName,
    ClusterKind ClusterKind,
    Guid ManagingAuthorityId,
    ClusterPost Post,
    DateOnly JoinedOn,
    DateOnly? LeftOn,
    MemberLeaveReason? LeaveReason);
