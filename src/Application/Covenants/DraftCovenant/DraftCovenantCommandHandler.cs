using Mediator;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.Covenants.DraftCovenant;

public sealed class DraftCovenantCommandHandler(
    ICovenantRepository covenants,
    IClusterRepository clusters,
    AccessGuard access,
    TimeProvider clock) : ICommandHandler<DraftCovenantCommand, Guid>
{
    public async ValueTask<Guid> Handle(DraftCovenantCommand command, CancellationToken cancellationToken)
    {
        var cluster = await clusters.GetByIdAsync(new ClusterId(command.ClusterId), cancellationToken)
            ?? throw new DomainRuleViolationException(CovenantErrors.ClusterNotFound);
        await access.EnsureCanManageAsync(cluster.ManagingAuthorityId, cancellationToken);
        if (await covenants.ExistsAsync(cluster.Id, command.Year, cancellationToken))
        {
            throw new DomainRuleViolationException(CovenantErrors.AlreadyExists);
        }

        var covenant = Covenant.Draft(cluster, command.Year, command.Terms.ToTerms(), clock.GetUtcNow());
        covenants.Add(covenant);
        return covenant.Id.Value;
    }
}
