using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Units;

namespace ThiDua.Application.EmulationClusters.RemoveClusterMember;

public sealed class RemoveClusterMemberCommandHandler(ClusterAccess clusterAccess, TimeProvider clock)
    : ICommandHandler<RemoveClusterMemberCommand>
{
    public async ValueTask<Mediator.Unit> Handle(RemoveClusterMemberCommand command, CancellationToken cancellationToken)
    {
        var cluster = await clusterAccess.LoadForManagementAsync(command.ClusterId, cancellationToken);
        command.EnsureVersion(cluster.Version);
        var term = ClusterAccess.RequireTerm(cluster, command.Year);
        if (term.FindMember(new UnitId(command.UnitId)) is null)
        {
            throw new NotFoundException(NotFoundErrors.ClusterMember, $"Unit '{command.UnitId}' is not a member of the {command.Year} term.");
        }

        cluster.RemoveMember(command.Year, new UnitId(command.UnitId), clock.GetUtcNow());
        return Mediator.Unit.Value;
    }
}
