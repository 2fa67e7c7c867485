using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Queries;

/// <summary>The ids of the units a caller may read (<see cref="ReadableUnits"/>), for lists that filter by them.</summary>
internal static class ReadableUnitQuery
{
    private const int MaxDepth = 64;

    /// <summary>The unit ids, or null when every unit is readable.</summary>
    public static async Task<List<UnitId>?> IdsAsync(ThiDuaDbContext db, ReadableUnits readable, CancellationToken cancellationToken)
    {
        if (readable.Root is not { } root)
        {
            return null;
        }

        if (!readable.IncludesDescendants)
        {
            return [root];
        }

        var ids = await db.Database.SqlQuery<Guid>($"""
            WITH RECURSIVE subtree AS (
                SELECT id, 1 AS depth FROM thidua.units WHERE id = {root.Value}
                UNION ALL
                SELECT u.id, s.depth + 1
                FROM thidua.units u JOIN subtree s ON u.parent_id = s.id
                WHERE s.depth < {MaxDepth}
            )
            SELECT id AS "Value" FROM subtree
            """).ToListAsync(cancellationToken);
        return ids.Select(id => new UnitId(id)).ToList();
    }
}
