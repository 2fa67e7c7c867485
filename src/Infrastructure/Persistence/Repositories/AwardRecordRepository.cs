using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.Awards;
using ThiDua.Domain.People;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class AwardRecordRepository(ThiDuaDbContext db) : IAwardRecordRepository
{
    public Task<AwardRecord?> GetByIdAsync(AwardRecordId id, CancellationToken cancellationToken) =>
        db.AwardRecords.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Guid>> BasisInUseAsync(PersonId personId, IReadOnlyCollection<Guid> initiativeIds, CancellationToken cancellationToken)
    {
        var ids = initiativeIds.ToArray();
        var bases = await db.AwardRecords
            .Where(a => a.PersonId == personId && a.RevocationGround == null && a.BasisInitiativeIds.Any(b => ids.Contains(b)))
            .Select(a => a.BasisInitiativeIds)
            .ToListAsync(cancellationToken);
        return bases.SelectMany(b => b).Intersect(ids).ToList();
    }

    public void Add(AwardRecord record) => db.AwardRecords.Add(record);
}
