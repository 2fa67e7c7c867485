using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Infrastructure.Persistence.Repositories;

internal sealed class ProvinceRuleRepository(ThiDuaDbContext db) : IProvinceRuleRepository
{
    public async Task<IReadOnlyList<ProvinceRuleOverride>> ForProvinceAsync(string province, CancellationToken cancellationToken)
    {
        var key = ProvinceRuleOverride.KeyOf(province);
        return await db.ProvinceRuleOverrides.AsNoTracking().Where(o => o.ProvinceKey == key).OrderBy(o => o.EffectiveFrom).ToListAsync(cancellationToken);
    }

    public void Add(ProvinceRuleOverride rule) => db.ProvinceRuleOverrides.Add(rule);
}
