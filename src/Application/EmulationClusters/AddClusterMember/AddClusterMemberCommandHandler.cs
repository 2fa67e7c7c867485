using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;

namespace ThiDua.Application.EmulationClusters.AddClusterMember;

public sealed class AddClusterMemberCommandHandler(
    ClusterAccess clusterAccess,
    IClusterRepository clusters,
    IClusterQueries queries,
    IReadAfterWrite written,
    TimeProvider clock) : ICommandHandler<AddClusterMemberCommand, ClusterTermDto>
{
    public async ValueTask<ClusterTermDto> Handle(AddClusterMemberCommand command, CancellationToken cancellationToken)
    {
        var cluster = await clusterAccess.LoadForManagementAsync(command.ClusterId, cancellationToken);
        command.EnsureVersion(cluster.Version);
        ClusterAccess.RequireTerm(cluster, command.Year);

        var unit = (await clusterAccess.LoadNewMembersAsync(cluster, [new UnitId(command.UnitId)], cancellationToken))[0];
        await clusterAccess.EnsureCovenantAllowsNewMembersAsync(cluster, command.Year, [unit.Id], cancellationToken);
        var busy = await clusters.FindUnitsInOtherGroupingsAsync(
            cluster.Id, cluster.ManagingAuthorityId, cluster.Kind, command.Year, [unit.Id], cancellationToken);

        cluster.AddMember(command.Year, unit, command.JoinedOn, busy, clock.GetUtcNow());
        return await written.ReadAsync(ct => queries.GetTermAsync(cluster.Id, command.Year, ct), cancellationToken);
    }
}
