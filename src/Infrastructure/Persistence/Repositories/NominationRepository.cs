using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.Nominations;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class NominationRepository(ThiDuaDbContext db) : INominationRepository
{
    public Task<Nomination?> GetByIdAsync(NominationId id, CancellationToken cancellationToken) =>
        db.Nominations.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);

    public void Add(Nomination nomination) => db.Nominations.Add(nomination);
}
