using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Infrastructure.Persistence.Concurrency;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class UnitRepository(ThiDuaDbContext db, RowLocks rowLocks) : IUnitRepository
{
    /// <summary>Guards the ancestor walk against corrupt data; real hierarchies are a few levels deep.</summary>
    private const int MaxDepth = 64;

    public Task<OrganisationUnit?> GetByIdAsync(UnitId id, CancellationToken cancellationToken) =>
        db.Units.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    public async Task<IReadOnlyList<OrganisationUnit>> GetByIdsAsync(IReadOnlyCollection<UnitId> ids, CancellationToken cancellationToken) =>
        await db.Units.Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);

    public Task<bool> CodeExistsAsync(string code, CancellationToken cancellationToken) =>
        db.Units.AnyAsync(u => u.Code == code, cancellationToken);

    public async Task<UnitId?> FindIdByCodeAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = OrganisationUnit.NormalizeCode(code);
        return await db.Units.Where(u => u.Code == normalized).Select(u => (UnitId?)u.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<UnitId>> GetAncestorIdsAsync(UnitId id, CancellationToken cancellationToken)
    {
        var ids = await db.Database.SqlQuery<Guid>($"""
            WITH RECURSIVE ancestors AS (
                SELECT parent_id, 1 AS depth FROM thidua.units WHERE id = {id.Value}
                UNION ALL
                SELECT u.parent_id, a.depth + 1
                FROM thidua.units u JOIN ancestors a ON u.id = a.parent_id
                WHERE a.depth < {MaxDepth}
            )
            SELECT parent_id AS "Value" FROM ancestors WHERE parent_id IS NOT NULL ORDER BY depth
            """).ToListAsync(cancellationToken);
        return ids.Select(g => new UnitId(g)).ToList();
    }

    public async Task<IReadOnlySet<UnitId>> FindDescendantsAmongAsync(UnitId ancestor, IReadOnlyCollection<UnitId> ids, CancellationToken cancellationToken)
    {
        var values = ids.Select(i => i.Value).Distinct().ToArray();
        var below = await db.Database.SqlQuery<Guid>($"""
            WITH RECURSIVE chain AS (
                SELECT u.id AS start_id, u.parent_id, 1 AS depth FROM thidua.units u WHERE u.id = ANY({values})
                UNION ALL
                SELECT c.start_id, p.parent_id, c.depth + 1
                FROM thidua.units p JOIN chain c ON p.id = c.parent_id
                WHERE c.depth < {MaxDepth}
            )
            SELECT DISTINCT start_id AS "Value" FROM chain WHERE parent_id = {ancestor.Value}
            """).ToListAsync(cancellationToken);
        return below.Select(g => new UnitId(g)).ToHashSet();
    }

    public Task<OrganisationUnit?> GetForChangeAsync(UnitId id, CancellationToken cancellationToken)
    {
        rowLocks.EnsureDeclared(LockedResource.Unit, id.Value, LockMode.Exclusive);
        return GetByIdAsync(id, cancellationToken);
    }

    public Task<OrganisationUnit?> GetForReferenceAsync(UnitId id, CancellationToken cancellationToken)
    {
        rowLocks.EnsureDeclared(LockedResource.Unit, id.Value, LockMode.Share);
        return GetByIdAsync(id, cancellationToken);
    }

    public Task<IReadOnlyList<OrganisationUnit>> GetManyForReferenceAsync(IReadOnlyCollection<UnitId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        foreach (var id in ids)
        {
            rowLocks.EnsureDeclared(LockedResource.Unit, id.Value, LockMode.Share);
        }

        return GetByIdsAsync(ids, cancellationToken);
    }

    public void Add(OrganisationUnit unit) => db.Units.Add(unit);
}
