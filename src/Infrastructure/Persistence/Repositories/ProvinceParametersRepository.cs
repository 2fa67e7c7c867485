using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class ProvinceParametersRepository(ThiDuaDbContext db) : IProvinceParametersRepository
{
    public async Task<IReadOnlyList<ProvinceParameters>> ForProvinceAsync(string province, CancellationToken cancellationToken)
    {
        var key = ProvinceParameters.KeyOf(province);
        return await db.ProvinceParameters.AsNoTracking().Where(o => o.ProvinceKey == key).OrderBy(o => o.EffectiveFrom).ToListAsync(cancellationToken);
    }

    public void Add(ProvinceParameters parameters) => db.ProvinceParameters.Add(parameters);
}
