using Npgsql;
using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Nominations;
using ThiDua.Application.People;
using ThiDua.Application.Units;

namespace ThiDua.Api.FunctionalTests.Nominations;

/// <summary>
/// Migration <c>NominationLineNumbers</c> against lines that exist before it: its own Up operations (as EF generates them)
/// are run in a transaction that first takes the column and its constraints away again, so the backfill meets rows
/// without numbers, as on a deployed database; the transaction is rolled back.
/// </summary>
public sealed class LineNumberMigrationTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private const string Migration = "20261205023653_NominationLineNumbers";

    private UnitDetailsDto _hospital = null!;

    private HttpClient Officer => ClientFor(Roles.UnitOfficer, _hospital.Id);

    private async Task<Guid> DossierWithLinesAsync(string title, int lines)
    {
        var nomination = await ReadAsync<NominationDto>(await Officer.PostAsJsonAsync("/api/v1/nominations", new
        {
            proposingUnitId = _hospital.Id, year = 2025, title,
        }, Json, Ct));
        for (var i = 1; i <= lines; i++)
        {
            var person = await ReadAsync<PersonDto>(await Admin.PostAsJsonAsync("/api/v1/people", new
            {
                fullName = $"{title} – Nhân viên {i:D2}", gender = "female", unitId = _hospital.Id, position = "Điều dưỡng", employedFrom = "2015-01-01",
            }, Json, Ct));
            var response = await Officer.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines", new
            {
                personId = person.Id, awardTypeCode = "LDTT", achievementSummary = "Hoàn thành tốt nhiệm vụ năm 2025", evidence = new[] { "Báo cáo thành tích (Mẫu 05)" },
            }, Json, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        }

        return nomination.Id;
    }

    [Fact]
    public async Task TheMigration_NumbersExistingLinesPerDossierInTheOrderTheyWereListed_ThenHoldsThemNotNullUniqueAndPositive()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var sở = await Admin.CreateUnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        _hospital = await Admin.CreateUnitAsync("BVDK-HNAM", "Bệnh viện Đa khoa tỉnh Hà Nam", parentId: sở.Id, province: "Hà Nam");
        Guid[] dossiers = [await DossierWithLinesAsync("Hồ sơ A", 5), await DossierWithLinesAsync("Hồ sơ B", 1), await DossierWithLinesAsync("Hồ sơ C", 2)];

        var (up, _) = await Factory.MigrationCommandsAsync(Migration);

        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        await ExecuteAsync("""
            ALTER TABLE thidua.nomination_lines DROP CONSTRAINT ck_nomination_lines_number_positive;
            ALTER TABLE thidua.nomination_lines DROP CONSTRAINT uq_nomination_lines_number;
            ALTER TABLE thidua.nomination_lines DROP COLUMN number;
            """);
        foreach (var command in up)
        {
            await ExecuteAsync(command);
        }

        // Each dossier's lines are numbered 1..n by id, the order the API listed them in before the migration. PostgreSQL
        // compares uuids byte by byte, which is the ordinal order of their canonical text.
        var rows = new List<(Guid Dossier, Guid Line, int Number)>();
        await using (var read = new NpgsqlCommand("SELECT nomination_id, id, number FROM thidua.nomination_lines WHERE nomination_id = ANY($1)", connection, transaction)
        {
            Parameters = { new NpgsqlParameter<Guid[]> { TypedValue = dossiers } },
        })
        await using (var reader = await read.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                rows.Add((reader.GetGuid(0), reader.GetGuid(1), reader.GetInt32(2)));
            }
        }

        rows.Count.ShouldBe(8);
        foreach (var dossier in dossiers)
        {
            var lines = rows.Where(r => r.Dossier == dossier).ToList();
            lines.OrderBy(r => r.Number).Select(r => r.Line)
                .ShouldBe(lines.Select(r => r.Line).OrderBy(id => id.ToString(), StringComparer.Ordinal));
            lines.Select(r => r.Number).Order().ShouldBe(Enumerable.Range(1, lines.Count));
        }

        (await ScalarAsync<bool>("""
            SELECT is_nullable = 'NO' AND column_default IS NULL AND data_type = 'integer'
              FROM information_schema.columns
             WHERE table_schema = 'thidua' AND table_name = 'nomination_lines' AND column_name = 'number'
            """)).ShouldBeTrue("number is NOT NULL, without a default, after the backfill");
        (await ScalarAsync<bool>("""
            SELECT condeferrable AND condeferred AND pg_get_constraintdef(oid) = 'UNIQUE (nomination_id, number) DEFERRABLE INITIALLY DEFERRED'
              FROM pg_constraint WHERE conname = 'uq_nomination_lines_number'
            """)).ShouldBeTrue("one number per line of a dossier, checked at commit");
        (await ScalarAsync<string>("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'ck_nomination_lines_number_positive'"))
            .ShouldBe("CHECK ((number > 0))");

        await transaction.RollbackAsync(Ct);

        async Task ExecuteAsync(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            await command.ExecuteNonQueryAsync(Ct);
        }

        async Task<T> ScalarAsync<T>(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            return (T)(await command.ExecuteScalarAsync(Ct))!;
        }
    }
}
