using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Infrastructure.Persistence.Concurrency;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class NominationRepository(ThiDuaDbContext db, RowLocks rowLocks) : INominationRepository
{
    public Task<Nomination?> GetByIdAsync(NominationId id, CancellationToken cancellationToken) =>
        db.Nominations.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);

    public Task<Nomination?> GetForChangeAsync(NominationId id, CancellationToken cancellationToken)
    {
        rowLocks.EnsureDeclared(LockedResource.Nomination, id.Value, LockMode.Exclusive);
        return GetByIdAsync(id, cancellationToken);
    }

    public async Task<UnitId?> ProposingUnitOfAwardAsync(AwardRecordId awardId, CancellationToken cancellationToken) =>
        await db.Nominations.AsNoTracking()
            .Where(n => n.Lines.Any(l => l.AwardId == awardId))
            .Select(n => (UnitId?)n.ProposingUnitId)
            .FirstOrDefaultAsync(cancellationToken);

    public void Add(Nomination nomination) => db.Nominations.Add(nomination);
}
