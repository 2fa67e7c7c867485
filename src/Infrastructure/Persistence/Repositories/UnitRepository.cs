using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class UnitRepository(ThiDuaDbContext db) : IUnitRepository
{
    /// <summary>Guards the ancestor walk against corrupt data; real hierarchies are a few levels deep.</summary>
    private const int MaxDepth = 64;

    public Task<OrganisationUnit?> GetByIdAsync(UnitId id, CancellationToken cancellationToken) =>
        db.Units.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    public async Task<IReadOnlyList<OrganisationUnit>> GetByIdsAsync(IReadOnlyCollection<UnitId> ids, CancellationToken cancellationToken) =>
        await db.Units.Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);

    public Task<bool> CodeExistsAsync(string code, CancellationToken cancellationToken) =>
        db.Units.AnyAsync(u => u.Code == code, cancellationToken);

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

    public void Add(OrganisationUnit unit) => db.Units.Add(unit);
}
