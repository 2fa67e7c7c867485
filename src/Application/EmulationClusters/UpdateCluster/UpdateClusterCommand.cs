using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.EmulationClusters.UpdateCluster;

/// <summary>Updates a cluster; kind and managing authority are locked once a term exists. Returns it as updated.</summary>
public sealed record UpdateClusterCommand(
    Guid Id,
    string Name,
    ClusterKind Kind,
    Guid ManagingAuthorityId,
    string? Description,
    DocumentInput? GroupingDecision,
    uint? ExpectedVersion) : ICommand<ClusterDetailsDto>, IVersionedCommand, IClusterFields;
