using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;

namespace ThiDua.Application.EmulationClusters.AddClusterMember;

public sealed class AddClusterMemberCommandHandler(
    ClusterAccess clusterAccess,
    IClusterRepository clusters,
    TimeProvider clock) : ICommandHandler<AddClusterMemberCommand>
{
    public async ValueTask<Mediator.Unit> Handle(AddClusterMemberCommand command, CancellationToken cancellationToken)
    {
        var cluster = await clusterAccess.LoadForManagementAsync(command.ClusterId, cancellationToken);
        command.EnsureVersion(cluster.Version);
        ClusterAccess.RequireTerm(cluster, command.Year);

        var unit = (await clusterAccess.LoadNewMembersAsync(cluster, [new UnitId(command.UnitId)], cancellationToken))[0];
        await clusterAccess.EnsureCovenantAllowsNewMembersAsync(cluster, command.Year, [unit.Id], cancellationToken);
        var busy = await clusters.FindUnitsInOtherGroupingsAsync(
            cluster.Id, cluster.ManagingAuthorityId, cluster.Kind, command.Year, [unit.Id], cancellationToken);

        cluster.AddMember(command.Year, unit, command.JoinedOn, busy, clock.GetUtcNow());
        return Mediator.Unit.Value;
    }
}
