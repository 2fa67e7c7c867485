using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.Statistics;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class ApparatusRegisterRepository(ThiDuaDbContext db) : IApparatusRegisterRepository
{
    public Task<ApparatusRegister?> FindAsync(UnitId authorityId, int year, CancellationToken cancellationToken) =>
        db.ApparatusRegisters.SingleOrDefaultAsync(r => r.AuthorityId == authorityId && r.Year == year, cancellationToken);

    public void Add(ApparatusRegister apparatusRegister) => db.ApparatusRegisters.Add(apparatusRegister);
}
