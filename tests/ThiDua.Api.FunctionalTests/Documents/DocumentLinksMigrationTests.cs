using Microsoft.EntityFrameworkCore;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Infrastructure.Persistence;

namespace ThiDua.Api.FunctionalTests.Documents;

/// <summary>
/// The migration <c>DocumentLinks</c> (ADR 0029) links the citations stored before it to the stored document they cite:
/// only where exactly one stored document has their number/notation and date, and the issuer they name. Runs on a
/// database of its own, so the shared one stays at the latest migration.
/// </summary>
public sealed class DocumentLinksMigrationTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task ExistingCitations_AreLinked_OnlyToTheOneDocumentTheyCite()
    {
        await using var migration = await MigrationDatabase.StartAsync(Factory, "_DocumentLinks");
        var (db, migrator) = (migration.Db, migration.Migrator);
        await migrator.MigrateAsync(migration.Before, Ct);

        Guid bacNinh = Guid.NewGuid(), haNoi = Guid.NewGuid(), twinA = Guid.NewGuid(), twinB = Guid.NewGuid();
        await DocumentAsync(db, bacNinh, "000.00.00.H27", "UBND tỉnh Bắc Ninh", "86", "2025/QĐ-UBND", "2025-06-20");
        await DocumentAsync(db, haNoi, "000.00.00.H26", "UBND thành phố Hà Nội", "71", "2025/QĐ-UBND", "2025-06-25");

        // Two agencies' documents with the same number, notation and date: a citation without its issuer names neither.
        await DocumentAsync(db, twinA, "000.00.00.H31", "UBND tỉnh Hải Dương", "5", "QĐ-UBND", "2025-01-02");
        await DocumentAsync(db, twinB, "000.00.00.H33", "UBND tỉnh Hưng Yên", "5", "QĐ-UBND", "2025-01-02");
        Guid cited = Guid.NewGuid(), otherIssuer = Guid.NewGuid(), ambiguous = Guid.NewGuid(), onPaper = Guid.NewGuid();
        await ParametersAsync(db, cited, "Bắc Ninh", "86/2025/QĐ-UBND", "2025-06-20", "UBND tỉnh Bắc Ninh");
        await ParametersAsync(db, otherIssuer, "Hà Nội", "71/2025/QĐ-UBND", "2025-06-25", "HĐND thành phố Hà Nội");
        await ParametersAsync(db, ambiguous, "Hải Dương", "5/QĐ-UBND", "2025-01-02", null);
        await ParametersAsync(db, onPaper, "Ninh Bình", "12/2025/QĐ-UBND", "2025-03-01", "UBND tỉnh Ninh Bình");

        await migrator.MigrateAsync(migration.Mine, Ct);

        var links = await db.Database.SqlQuery<Link>($"SELECT id, legal_basis_document_id AS document_id FROM thidua.province_parameters").ToListAsync(Ct);
        links.ToDictionary(l => l.Id, l => l.DocumentId).ShouldBe(new Dictionary<Guid, Guid?>
        {
            [cited] = bacNinh,
            [otherIssuer] = null,
            [ambiguous] = null,
            [onPaper] = null,
        }, ignoreOrder: true);
    }

    private static Task<int> DocumentAsync(ThiDuaDbContext db, Guid id, string agencyCode, string agencyName, string number, string notation, string issuedOn) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO thidua.documents (id, agency_code, agency_name, number, notation, issued_on, type, subject, signer_position, signer_name,
                                          recipients, signatures_status, created_at, updated_at)
            VALUES ({id}, {agencyCode}, {agencyName}, {number}, {notation}, {DateOnly.Parse(issuedOn, System.Globalization.CultureInfo.InvariantCulture)}, 'Decision',
                    'Quy định về công tác thi đua, khen thưởng', 'Chủ tịch', 'Nguyễn Văn A', ARRAY[]::text[], 'NoFile', now(), now())
            """, TestContext.Current.CancellationToken);

    private static Task<int> ParametersAsync(ThiDuaDbContext db, Guid id, string province, string number, string date, string? issuer) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO thidua.province_parameters (id, province, province_key, effective_from, advanced_collective_share_inclusive, excellent_collective_share_inclusive,
                                                    legal_basis_number, legal_basis_date, legal_basis_issuer, created_at, updated_at)
            VALUES ({id}, {province}, upper({province}), DATE '2025-07-01', TRUE, TRUE,
                    {number}, {DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)}, {issuer}, now(), now())
            """, TestContext.Current.CancellationToken);

    private sealed record Link(Guid Id, Guid? DocumentId);
}
