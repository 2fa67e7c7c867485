using Microsoft.EntityFrameworkCore;
using ThiDua.Application.Statistics;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Queries;

internal sealed class ApparatusRegisterQueries(ThiDuaDbContext db) : IApparatusRegisterQueries
{
    public async Task<ApparatusRegisterDto?> FindAsync(Guid authorityId, int year, CancellationToken cancellationToken)
    {
        var id = new UnitId(authorityId);
        var register = await db.ApparatusRegisters.AsNoTracking().SingleOrDefaultAsync(r => r.AuthorityId == id && r.Year == year, cancellationToken);
        return register is null ? null : ApparatusRegisterDto.Of(register);
    }
}
