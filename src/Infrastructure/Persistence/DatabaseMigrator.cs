using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ThiDua.Infrastructure.Persistence;

/// <summary>Applies the EF Core migrations (used by the <c>migrate</c> command, Development start-up and tests).</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ThiDuaDbContext>();
        db.Database.SetConnectionString(DatabaseOptions.ForMigrations(db.Database.GetConnectionString()!));
        await db.Database.MigrateAsync(cancellationToken);
    }
}
