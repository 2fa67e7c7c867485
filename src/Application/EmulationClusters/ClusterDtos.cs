using ThiDua.Application.Common.Documents;
using ThiDua.Application.Units;
using ThiDua.Application.Units.GetUnitClusterHistory;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.EmulationClusters;

/// <summary>A cluster or block as lists show it.</summary>
public sealed record ClusterSummaryDto(
    Guid Id,
    string Name,
    ClusterKind Kind,
    UnitReferenceDto ManagingAuthority,
    string? Description);

/// <summary>A cluster or block with the years for which terms are recorded.</summary>
public sealed record ClusterDetailsDto(
    Guid Id,
    string Name,
    ClusterKind Kind,
    UnitReferenceDto ManagingAuthority,
    string? Description,
    DocumentDto? GroupingDecision,
    IReadOnlyList<int> TermYears,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version);

/// <summary>One year of a cluster: members, head, deputy and the election that named them.</summary>
public sealed record ClusterTermDto(
    Guid ClusterId,
    string ClusterName,
    ClusterKind Kind,
    int Year,
    ClusterPostHolderDto? Head,
    ClusterPostHolderDto? Deputy,
    ClusterElectionDto? Election,
    IReadOnlyList<ClusterTermMemberDto> Members,
    IReadOnlyList<ClusterElectionDto> ElectionHistory,
    uint Version);

/// <summary>
/// The unit elected to a post. <c>Vacant</c> is true when that unit left the term (merged or dissolved)
/// and no new election has been recorded since.
/// </summary>
public sealed record ClusterPostHolderDto(UnitReferenceDto Unit, bool Vacant, DateOnly? VacantSince);

/// <summary>A member unit of a term and its post.</summary>
public sealed record ClusterTermMemberDto(
    UnitReferenceDto Unit,
    ClusterPost Post,
    DateOnly JoinedOn,
    DateOnly? LeftOn,
    MemberLeaveReason? LeaveReason);

/// <summary>An election of head and deputy with its document.</summary>
public sealed record ClusterElectionDto(Guid HeadUnitId, Guid? DeputyUnitId, DocumentDto Document, DateTimeOffset RecordedAt);
