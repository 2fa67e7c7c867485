using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.Awards;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class AwardRecordRepository(ThiDuaDbContext db) : IAwardRecordRepository
{
    public Task<AwardRecord?> GetByIdAsync(AwardRecordId id, CancellationToken cancellationToken) =>
        db.AwardRecords.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public void Add(AwardRecord record) => db.AwardRecords.Add(record);
}
