using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Common;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;

namespace ThiDua.Application.EmulationClusters.UpdateCluster;

public sealed class UpdateClusterCommandHandler(
    ClusterAccess clusterAccess,
    IClusterRepository clusters,
    IUnitRepository units,
    AccessGuard access,
    IClusterQueries queries,
    IReadAfterWrite written,
    TimeProvider clock) : ICommandHandler<UpdateClusterCommand, ClusterDetailsDto>
{
    public async ValueTask<ClusterDetailsDto> Handle(UpdateClusterCommand command, CancellationToken cancellationToken)
    {
        var cluster = await clusterAccess.LoadForManagementAsync(command.Id, cancellationToken);
        command.EnsureVersion(cluster.Version);

        var authority = await units.GetByIdAsync(new UnitId(command.ManagingAuthorityId), cancellationToken)
            ?? throw new DomainRuleViolationException(ClusterErrors.ManagingAuthorityNotFound);
        if (authority.Id != cluster.ManagingAuthorityId)
        {
            await access.EnsureCanManageAsync(authority.Id, cancellationToken);
        }

        if (await clusters.NameExistsAsync(authority.Id, Text.Clean(command.Name), cluster.Id, cancellationToken))
        {
            throw new DomainRuleViolationException(ClusterErrors.NameTaken);
        }

        cluster.Update(command.Name, command.Kind, authority, command.Description, command.GroupingDecision?.ToReference(), clock.GetUtcNow());
        return await written.ReadAsync(ct => queries.GetDetailsAsync(cluster.Id, ct), cancellationToken);
    }
}
