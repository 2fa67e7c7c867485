using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Infrastructure.Persistence;

namespace ThiDua.Api.FunctionalTests.AwardTypes;

/// <summary>
/// The migration to province parameters keeps the overrides stored by the first API (ADR 0016): each becomes a version
/// that sets the TTLĐTT share, with the same id, date, regulation and article; migrating down brings them back.
/// Runs on a database of its own, so the shared one stays at the latest migration.
/// </summary>
public sealed class ProvinceParametersMigrationTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task StoredOverrides_BecomeVersions_AndComeBackOnDown()
    {
        await using var database = new TestDatabase();
        await database.StartAsync();
        await using var scope = Factory.Services.CreateAsyncScope();
        var options = new DbContextOptionsBuilder<ThiDuaDbContext>(scope.ServiceProvider.GetRequiredService<DbContextOptions<ThiDuaDbContext>>())
            .UseNpgsql(database.ConnectionString)
            .Options;
        await using var db = new ThiDuaDbContext(
            options, scope.ServiceProvider.GetRequiredService<IPublisher>(), scope.ServiceProvider.GetRequiredService<ICurrentUser>(), TimeProvider.System);
        var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var mine = migrations.Single(m => m.EndsWith("_ProvinceParametersAndAwardTypes", StringComparison.Ordinal));
        var before = migrations[migrations.IndexOf(mine) - 1];
        var id = Guid.NewGuid();

        await migrator.MigrateAsync(before, Ct);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO thidua.province_rule_overrides
                (id, province, province_key, effective_from, advanced_collective_member_share, advanced_collective_share_inclusive, article,
                 legal_basis_number, legal_basis_date, legal_basis_issuer, created_at, updated_at)
            VALUES ({id}, 'Bắc Ninh', 'BẮC NINH', DATE '2025-07-01', 0.7, TRUE, 'Điều 4.2',
                    '86/2025/QĐ-UBND', DATE '2025-06-20', 'UBND tỉnh Bắc Ninh', now(), now())
            """, Ct);
        await migrator.MigrateAsync(mine, Ct);

        var version = await db.ProvinceParameters.AsNoTracking().SingleAsync(Ct);
        (version.Id.Value, version.Province, version.EffectiveFrom, version.LegalBasis.Number, version.LegalBasis.Date).ShouldBe(
            (id, "Bắc Ninh", new DateOnly(2025, 7, 1), "86/2025/QĐ-UBND", new DateOnly(2025, 6, 20)));
        (version.AdvancedCollectiveMemberShare, version.AdvancedCollectiveShareInclusive, version.AdvancedCollectiveArticle).ShouldBe((0.7m, true, "Điều 4.2"));
        (version.AwardSessionAttendance, version.RegistrationRequired, version.ProvincialFlagArticle).ShouldBe((null, null, null));

        await migrator.MigrateAsync(before, Ct);
        (await db.Database.SqlQuery<string>($"SELECT article AS \"Value\" FROM thidua.province_rule_overrides WHERE id = {id}").SingleAsync(Ct)).ShouldBe("Điều 4.2");
    }
}
