using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class CovenantRepository(ThiDuaDbContext db) : ICovenantRepository
{
    public Task<Covenant?> GetByIdAsync(CovenantId id, CancellationToken cancellationToken) =>
        db.Covenants.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<bool> ExistsAsync(ClusterId clusterId, int year, CancellationToken cancellationToken) =>
        db.Covenants.AnyAsync(c => c.ClusterId == clusterId && c.Year == year, cancellationToken);

    public async Task<CovenantStatus?> LockStatusAsync(ClusterId clusterId, int year, CancellationToken cancellationToken)
    {
        var status = await db.Database.SqlQuery<string>(
            $"SELECT status AS \"Value\" FROM thidua.covenants WHERE cluster_id = {clusterId.Value} AND year = {year} FOR SHARE")
            .ToListAsync(cancellationToken);
        return status.Count == 0 ? null : Enum.Parse<CovenantStatus>(status[0]);
    }

    public async Task LockForChangeAsync(CovenantId id, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM thidua.covenants WHERE id = {id.Value} FOR UPDATE", cancellationToken);

    public void Add(Covenant covenant) => db.Covenants.Add(covenant);
}
