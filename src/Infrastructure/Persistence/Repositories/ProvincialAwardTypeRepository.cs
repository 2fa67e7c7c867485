using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class ProvincialAwardTypeRepository(ThiDuaDbContext db) : IProvincialAwardTypeRepository
{
    public async Task<ProvincialAwardType?> FindByCodeAsync(string code, CancellationToken cancellationToken)
    {
        var key = code.Trim().ToUpperInvariant();
        return await db.ProvincialAwardTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Code == key, cancellationToken);
    }

    public async Task<IReadOnlyList<ProvincialAwardType>> ForProvinceAsync(string province, CancellationToken cancellationToken)
    {
        var key = ProvinceParameters.KeyOf(province);
        var types = await db.ProvincialAwardTypes.AsNoTracking().Where(t => t.ProvinceKey == key).ToListAsync(cancellationToken);
        return types.OrderBy(t => t.Code, StringComparer.Ordinal).ToList();
    }

    public void Add(ProvincialAwardType type) => db.ProvincialAwardTypes.Add(type);
}
