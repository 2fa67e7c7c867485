using Mediator;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.EmulationClusters.CreateCluster;

/// <summary>Creates a cluster or block under a managing authority. Returns it as created.</summary>
public sealed record CreateClusterCommand(
    string Name,
    ClusterKind Kind,
    Guid ManagingAuthorityId,
    string? Description,
    DocumentInput? GroupingDecision) : ICommand<ClusterDetailsDto>, IClusterFields, ILockingCommand
{
    public IEnumerable<DeclaredLock> Locks => [DeclaredLock.ForReference(LockedResource.Unit, ManagingAuthorityId)];
}
