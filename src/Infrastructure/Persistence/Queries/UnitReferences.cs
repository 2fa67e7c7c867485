using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Units;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Queries;

/// <summary>
/// Units as read models name them (id, code, name, status): the four columns, one statement, never the unit aggregate
/// with its lineage events and ratings (issue 13: reads served by projections).
/// </summary>
internal static class UnitReferences
{
    public static async Task<Dictionary<UnitId, UnitReferenceDto>> ByIdsAsync(ThiDuaDbContext db, IEnumerable<UnitId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var rows = await db.Units.AsNoTracking()
            .Where(u => wanted.Contains(u.Id))
            .Select(u => new { u.Id, u.Code, u.Name, u.Status })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => new UnitReferenceDto(r.Id.Value, r.Code, r.Name, r.Status));
    }
}
