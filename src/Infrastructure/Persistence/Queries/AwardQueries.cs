using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Awards;
using ThiDua.Domain.Awards;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Queries;

internal sealed class AwardQueries(ThiDuaDbContext db) : IAwardQueries
{
    private const int MaxLineageDepth = 64;

    public async Task<AwardRecordDto?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var awardId = new AwardRecordId(id);
        var record = await db.AwardRecords.AsNoTracking().FirstOrDefaultAsync(a => a.Id == awardId, cancellationToken);
        return record is null ? null : AwardRecordDto.From(record, await OwnAwardTypes.LoadAsync(db, cancellationToken));
    }

    public async Task<IReadOnlyList<AwardRecordDto>> ForPersonAsync(PersonId personId, CancellationToken cancellationToken)
    {
        var own = await OwnAwardTypes.LoadAsync(db, cancellationToken);
        return (await db.AwardRecords.AsNoTracking().Where(a => a.PersonId == personId)
                .OrderByDescending(a => a.Year).ThenBy(a => a.AwardTypeCode).ToListAsync(cancellationToken))
            .Select(a => AwardRecordDto.From(a, own)).ToList();
    }

    public async Task<IReadOnlyList<AwardRecordDto>> ForUnitAsync(UnitId unitId, CancellationToken cancellationToken)
    {
        var lineage = await LineageAsync(unitId, cancellationToken);
        var own = await OwnAwardTypes.LoadAsync(db, cancellationToken);
        return (await db.AwardRecords.AsNoTracking()
                .Where(a => a.PersonId == null && lineage.Contains(a.UnitId))
                .OrderByDescending(a => a.Year).ThenBy(a => a.AwardTypeCode).ToListAsync(cancellationToken))
            .Select(a => AwardRecordDto.From(a, own)).ToList();
    }

    /// <summary>
    /// <see cref="LineageAsync"/> of several units in one statement: for each unit that exists, itself and every unit
    /// merged into it, directly or through earlier mergers (domain.md §8.3).
    /// </summary>
    internal async Task<IReadOnlyDictionary<UnitId, List<UnitId>>> LineagesAsync(IReadOnlyCollection<UnitId> unitIds, CancellationToken cancellationToken)
    {
        var roots = unitIds.Select(u => u.Value).Distinct().ToArray();
        var rows = await db.Database.SqlQuery<LineageRow>($"""
            WITH RECURSIVE lineage AS (
                SELECT id AS root_id, id, 0 AS depth FROM thidua.units WHERE id = ANY({roots})
                UNION ALL
                SELECT l.root_id, u.id, l.depth + 1 FROM thidua.units u JOIN lineage l ON u.successor_id = l.id WHERE l.depth < {MaxLineageDepth}
            )
            SELECT DISTINCT root_id, id FROM lineage
            """).ToListAsync(cancellationToken);
        return rows.GroupBy(r => new UnitId(r.RootId)).ToDictionary(g => g.Key, g => g.Select(r => new UnitId(r.Id)).ToList());
    }

    /// <summary>The unit and every unit merged into it, directly or through earlier mergers (domain.md §8.3).</summary>
    internal async Task<List<UnitId>> LineageAsync(UnitId unitId, CancellationToken cancellationToken)
    {
        var ids = await db.Database.SqlQuery<Guid>($"""
            WITH RECURSIVE lineage AS (
                SELECT id, 0 AS depth FROM thidua.units WHERE id = {unitId.Value}
                UNION ALL
                SELECT u.id, l.depth + 1 FROM thidua.units u JOIN lineage l ON u.successor_id = l.id WHERE l.depth < {MaxLineageDepth}
            )
            SELECT DISTINCT id AS "Value" FROM lineage
            """).ToListAsync(cancellationToken);
        return ids.Select(g => new UnitId(g)).ToList();
    }

    private sealed record LineageRow(Guid RootId, Guid Id);
}
