using ThiDua.Application.Common.Documents;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.EmulationClusters;

/// <summary>The descriptive fields of a cluster, shared by its create and update commands.</summary>
public interface IClusterFields
{
    string Name { get; }

    ClusterKind Kind { get; }

    Guid ManagingAuthorityId { get; }

    string? Description { get; }

    DocumentInput? GroupingDecision { get; }
}
