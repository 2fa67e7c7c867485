using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;

namespace ThiDua.Application.EmulationClusters.DefineClusterTerm;

public sealed class DefineClusterTermCommandHandler(
    ClusterAccess clusterAccess,
    IClusterRepository clusters,
    IClusterQueries queries,
    IReadAfterWrite written,
    TimeProvider clock) : ICommandHandler<DefineClusterTermCommand, Upserted<ClusterTermDto>>
{
    public async ValueTask<Upserted<ClusterTermDto>> Handle(DefineClusterTermCommand command, CancellationToken cancellationToken)
    {
        var cluster = await clusterAccess.LoadForManagementAsync(command.ClusterId, cancellationToken);
        command.EnsureVersion(cluster.Version);

        var ids = command.MemberUnitIds!.Select(id => new UnitId(id)).ToList();
        var members = await clusterAccess.LoadNewMembersAsync(cluster, ids, cancellationToken);
        var joining = ids.Where(id => cluster.FindTerm(command.Year)?.FindMember(id) is null).ToList();
        await clusterAccess.EnsureCovenantAllowsNewMembersAsync(cluster, command.Year, joining, cancellationToken);

        var busy = await clusters.FindUnitsInOtherGroupingsAsync(
            cluster.Id, cluster.ManagingAuthorityId, cluster.Kind, command.Year, ids, cancellationToken);
        var election = command.Election is { } e
            ? new ElectionRecord(new UnitId(e.HeadUnitId), e.DeputyUnitId is { } deputy ? new UnitId(deputy) : null, e.Document.ToReference())
            : null;

        var (_, created) = cluster.DefineTerm(command.Year, members, election, busy, clock.GetUtcNow());
        var term = await written.ReadAsync(ct => queries.GetTermAsync(cluster.Id, command.Year, ct), cancellationToken);
        return new Upserted<ClusterTermDto>(term, created);
    }
}
