using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.Covenants.DraftCovenant;

public sealed class DraftCovenantCommandHandler(
    ICovenantRepository covenants,
    IClusterRepository clusters,
    AccessGuard access,
    ICovenantQueries queries,
    IReadAfterWrite written,
    TimeProvider clock) : ICommandHandler<DraftCovenantCommand, CovenantDetailsDto>
{
    public async ValueTask<CovenantDetailsDto> Handle(DraftCovenantCommand command, CancellationToken cancellationToken)
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
        return await written.ReadAsync(ct => queries.GetDetailsAsync(covenant.Id, ct), cancellationToken);
    }
}
