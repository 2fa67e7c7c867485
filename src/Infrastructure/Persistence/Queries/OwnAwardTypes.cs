using Microsoft.EntityFrameworkCore;
using ThiDua.Domain.AwardTypes;

namespace ThiDua.Infrastructure.Persistence.Queries;

/// <summary>The provinces' own award types by code, for naming them in read models (a small table).</summary>
internal static class OwnAwardTypes
{
    public static async Task<IReadOnlyDictionary<string, AwardType>> LoadAsync(ThiDuaDbContext db, CancellationToken cancellationToken) =>
        (await db.ProvincialAwardTypes.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(t => t.Code, t => t.ToAwardType(), StringComparer.Ordinal);
}
