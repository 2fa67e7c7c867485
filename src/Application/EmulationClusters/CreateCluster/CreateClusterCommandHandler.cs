using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Common;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;

namespace ThiDua.Application.EmulationClusters.CreateCluster;

public sealed class CreateClusterCommandHandler(
    IClusterRepository clusters,
    IUnitRepository units,
    AccessGuard access,
    IClusterQueries queries,
    IReadAfterWrite written,
    TimeProvider clock) : ICommandHandler<CreateClusterCommand, ClusterDetailsDto>
{
    public async ValueTask<ClusterDetailsDto> Handle(CreateClusterCommand command, CancellationToken cancellationToken)
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
        return await written.ReadAsync(ct => queries.GetDetailsAsync(cluster.Id, ct), cancellationToken);
    }
}
