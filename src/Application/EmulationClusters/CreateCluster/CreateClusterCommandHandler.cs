using Mediator;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Common;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;

namespace ThiDua.Application.EmulationClusters.CreateCluster;

public sealed class CreateClusterCommandHandler(
    IClusterRepository clusters,
    IUnitRepository units,
    AccessGuard access,
    TimeProvider clock) : ICommandHandler<CreateClusterCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateClusterCommand command, CancellationToken cancellationToken)
    {
        var authority = await units.GetForReferenceAsync(new UnitId(command.ManagingAuthorityId), cancellationToken)
            ?? throw new DomainRuleViolationException(ClusterErrors.ManagingAuthorityNotFound);
        await access.EnsureCanManageAsync(authority.Id, cancellationToken);
        if (await clusters.NameExistsAsync(authority.Id, Text.Clean(command.Name), null, cancellationToken))
        {
            throw new DomainRuleViolationException(ClusterErrors.NameTaken);
        }

        var cluster = EmulationCluster.Create(
            command.Name, command.Kind, authority, command.Description, command.GroupingDecision?.ToReference(), clock.GetUtcNow());
        clusters.Add(cluster);
        return cluster.Id.Value;
    }
}
