using Microsoft.EntityFrameworkCore;
using ThiDua.Api.FunctionalTests.Infrastructure;

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
        await using var migration = await MigrationDatabase.StartAsync(Factory, "_ProvinceParametersAndAwardTypes");
        var (db, migrator, mine, before) = (migration.Db, migration.Migrator, migration.Mine, migration.Before);
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

        // Read as the schema stands at this migration (the current model has columns of later migrations); names in snake_case.
        var version = await db.Database.SqlQuery<MigratedVersion>($"""
            SELECT id, province, effective_from, legal_basis_number AS number, legal_basis_date AS date,
                   advanced_collective_member_share AS share, advanced_collective_share_inclusive AS inclusive, advanced_collective_article AS article,
                   award_session_attendance IS NULL AND registration_required IS NULL AND provincial_flag_article IS NULL AS rest_unset
            FROM thidua.province_parameters
            """).SingleAsync(Ct);
        (version.Id, version.Province, version.EffectiveFrom, version.Number, version.Date).ShouldBe(
            (id, "Bắc Ninh", new DateOnly(2025, 7, 1), "86/2025/QĐ-UBND", new DateOnly(2025, 6, 20)));
        (version.Share, version.Inclusive, version.Article, version.RestUnset).ShouldBe(((decimal?)0.7m, true, "Điều 4.2", true));

        await migrator.MigrateAsync(before, Ct);
        (await db.Database.SqlQuery<string>($"SELECT article AS \"Value\" FROM thidua.province_rule_overrides WHERE id = {id}").SingleAsync(Ct)).ShouldBe("Điều 4.2");
    }

    private sealed record MigratedVersion(
        Guid Id, string Province, DateOnly EffectiveFrom, string Number, DateOnly Date, decimal? Share, bool Inclusive, string? Article, bool RestUnset);
}
