using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;
using ThiDua.Infrastructure.Persistence.Configurations;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class ClusterRepository(ThiDuaDbContext db) : IClusterRepository
{
    public Task<EmulationCluster?> GetByIdAsync(ClusterId id, CancellationToken cancellationToken) =>
        db.Clusters.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<ClusterOfYear?> GetOfYearAsync(ClusterId id, int year, CancellationToken cancellationToken)
    {
        // The year's term as a filtered collection (at most one: cluster_id and year are unique), not FirstOrDefault: EF
        // translates that to ROW_NUMBER() over every cluster's terms of the year, which PostgreSQL computes before
        // joining the one cluster. A plain filtered join lets it read the one term by its key (ADR 0036, amendment).
        var row = await db.Clusters.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new { c.Id, c.Name, c.ManagingAuthorityId, Terms = c.Terms.Where(t => t.Year == year).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new ClusterOfYear(row.Id, row.Name, row.ManagingAuthorityId, year, row.Terms.SingleOrDefault());
    }

    public Task<bool> NameExistsAsync(UnitId managingAuthorityId, string name, ClusterId? except, CancellationToken cancellationToken)
    {
        var key = name.ToLowerInvariant();
        return db.Clusters.AnyAsync(
            c => c.ManagingAuthorityId == managingAuthorityId
                 && EF.Property<string>(c, EmulationClusterConfiguration.NameKeyProperty) == key
                 && (except == null || c.Id != except),
            cancellationToken);
    }

    public async Task<IReadOnlySet<UnitId>> FindUnitsInOtherGroupingsAsync(
        ClusterId clusterId, UnitId managingAuthorityId, ClusterKind kind, int year, IReadOnlyCollection<UnitId> unitIds, CancellationToken cancellationToken)
    {
        var busy = await db.Clusters
            .Where(c => c.Id != clusterId && c.ManagingAuthorityId == managingAuthorityId && c.Kind == kind)
            .SelectMany(c => c.Terms.Where(t => t.Year == year).SelectMany(t => t.Members))
            .Where(m => unitIds.Contains(m.UnitId))
            .Select(m => m.UnitId)
            .ToListAsync(cancellationToken);
        return busy.ToHashSet();
    }

    public async Task<IReadOnlyList<EmulationCluster>> GetWithCurrentMemberAsync(UnitId unitId, int fromYear, CancellationToken cancellationToken) =>
        await db.Clusters
            .AsSplitQuery()
            .Where(c => c.Terms.Any(t => t.Year >= fromYear && t.Members.Any(m => m.UnitId == unitId && m.LeftOn == null)))
            .ToListAsync(cancellationToken);

    public void Add(EmulationCluster cluster) => db.Clusters.Add(cluster);
}
