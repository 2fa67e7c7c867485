using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Infrastructure.Persistence.Concurrency;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class CovenantRepository(ThiDuaDbContext db, RowLocks rowLocks) : ICovenantRepository
{
    public Task<Covenant?> GetByIdAsync(CovenantId id, CancellationToken cancellationToken) =>
        db.Covenants.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<bool> ExistsAsync(ClusterId clusterId, int year, CancellationToken cancellationToken) =>
        db.Covenants.AnyAsync(c => c.ClusterId == clusterId && c.Year == year, cancellationToken);

    public async Task<CovenantStatus?> GetStatusForReferenceAsync(ClusterId clusterId, int year, CancellationToken cancellationToken)
    {
        rowLocks.EnsureDeclared(LockedResource.ClusterYearCovenant, clusterId.Value, LockMode.Share, year);
        var status = await db.Database.SqlQuery<string>(
            $"SELECT status AS \"Value\" FROM thidua.covenants WHERE cluster_id = {clusterId.Value} AND year = {year}")
            .ToListAsync(cancellationToken);
        return status.Count == 0 ? null : Enum.Parse<CovenantStatus>(status[0]);
    }

    public Task<Covenant?> GetForReferenceAsync(CovenantId id, CancellationToken cancellationToken)
    {
        rowLocks.EnsureDeclared(LockedResource.Covenant, id.Value, LockMode.Share);
        return GetByIdAsync(id, cancellationToken);
    }

    public Task<Covenant?> GetForChangeAsync(CovenantId id, CancellationToken cancellationToken)
    {
        rowLocks.EnsureDeclared(LockedResource.Covenant, id.Value, LockMode.Exclusive);
        return GetByIdAsync(id, cancellationToken);
    }

    public void Add(Covenant covenant) => db.Covenants.Add(covenant);
}
