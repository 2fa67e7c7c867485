using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Infrastructure.Persistence;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>
/// A database of its own for a migration test, with a context and migrator on it, so the shared database stays at the
/// latest migration: migrate to just before <see cref="Mine"/>, write rows the old way, then migrate to it.
/// </summary>
internal sealed class MigrationDatabase : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly AsyncServiceScope _scope;

    private MigrationDatabase(TestDatabase database, AsyncServiceScope scope, ThiDuaDbContext db, string mine)
    {
        (_database, _scope, Db, Mine) = (database, scope, db, mine);
        Migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        Before = migrations[migrations.IndexOf(mine) - 1];
    }

    public ThiDuaDbContext Db { get; }

    public IMigrator Migrator { get; }

    /// <summary>The migration under test.</summary>
    public string Mine { get; }

    /// <summary>The migration just before it.</summary>
    public string Before { get; }

    /// <summary>A new database and a context on it, for the migration whose name ends with <paramref name="suffix"/>.</summary>
    public static async Task<MigrationDatabase> StartAsync(ThiDuaApiFactory factory, string suffix)
    {
        var database = new TestDatabase();
        await database.StartAsync();
        var scope = factory.Services.CreateAsyncScope();
        var options = new DbContextOptionsBuilder<ThiDuaDbContext>(scope.ServiceProvider.GetRequiredService<DbContextOptions<ThiDuaDbContext>>())
            .UseNpgsql(database.ConnectionString)
            .Options;
        var db = new ThiDuaDbContext(
            options, scope.ServiceProvider.GetRequiredService<IPublisher>(), scope.ServiceProvider.GetRequiredService<ICurrentUser>(), TimeProvider.System);
        var mine = db.Database.GetMigrations().Single(m => m.EndsWith(suffix, StringComparison.Ordinal));
        return new MigrationDatabase(database, scope, db, mine);
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await _scope.DisposeAsync();
        await _database.DisposeAsync();
    }
}
