using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Concurrency;

namespace ThiDua.Application.EmulationClusters.AddClusterMember;

/// <summary>Adds a unit to a year's term (joining on <c>JoinedOn</c>, 1 January by default). Returns the term as changed.</summary>
public sealed record AddClusterMemberCommand(Guid ClusterId, int Year, Guid UnitId, DateOnly? JoinedOn, uint? ExpectedVersion)
    : ICommand<ClusterTermDto>, IVersionedCommand, ILockingCommand
{
    public IEnumerable<DeclaredLock> Locks =>
        [DeclaredLock.ForReference(LockedResource.Unit, UnitId), DeclaredLock.ClusterYearCovenantForReference(ClusterId, Year)];
}
