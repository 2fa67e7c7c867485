using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.EmulationClusters.ListClusters;

/// <summary>Clusters and blocks ordered by name, keyset-paginated; <c>Q</c> is accent- and case-insensitive.</summary>
public sealed record ListClustersQuery(
    string? Q,
    ClusterKind? Kind,
    Guid? ManagingAuthorityId,
    Guid? MemberUnitId,
    int? Year,
    PageRequest Page) : IQuery<Page<ClusterSummaryDto>>;
