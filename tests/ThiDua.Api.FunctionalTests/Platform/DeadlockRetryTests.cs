using System.Net;
using System.Net.Http.Json;
using Npgsql;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Covenants;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// Deadlocks forced for real in PostgreSQL (ADR 0020). A signature declares the signing unit (shared) and the covenant
/// (exclusive); the test's own transaction holds the covenant, lets the signature take the unit and wait, then asks for
/// the unit itself. PostgreSQL's deadlock check runs first in the signature's backend (it waited first), so the
/// signature is the victim (40P01). It is retried once in a fresh transaction; a second deadlock is a 409.
/// </summary>
public sealed class DeadlockRetryTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private static readonly DateTimeOffset March2023 = new(2023, 3, 1, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Sign_IsRetriedAndSucceeds_WhenItIsADeadlockVictimOnce()
    {
        var (covenantId, unitId) = await OpenCovenantAsync();
        var deadlocksBefore = await DeadlocksAsync();
        await using var blocker = await BeginAsync();
        await LockAsync(blocker, "covenants", covenantId);

        var signing = SignAsync(covenantId, unitId);
        await WaitUntilTheSignatureWaitsAsync(signing, "covenants");
        await LockAsync(blocker, "units", unitId);   // closes the cycle: the signature is aborted (40P01) and retried
        await WaitUntilTheSignatureWaitsAsync(signing, "units");   // the retry waits for the unit the test now holds
        await blocker.DisposeAsync();   // rolls back: the retry goes through

        var response = await signing;

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        (await DeadlocksAsync()).ShouldBe(deadlocksBefore + 1);
        (await ReadAsync<CovenantDetailsDto>(await Admin.GetAsync($"/api/v1/covenants/{covenantId}", Ct))).Signatures.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Sign_Returns409ConcurrencyConflict_WhenItIsADeadlockVictimTwice()
    {
        var (covenantId, unitId) = await OpenCovenantAsync();
        var deadlocksBefore = await DeadlocksAsync();
        await using var blocker = await BeginAsync();
        await LockAsync(blocker, "covenants", covenantId);

        var signing = SignAsync(covenantId, unitId);
        await WaitUntilTheSignatureWaitsAsync(signing, "covenants");
        await ExecuteAsync(blocker, "SAVEPOINT unit_lock");
        await LockAsync(blocker, "units", unitId);   // first deadlock: the signature is aborted and retried
        await ExecuteAsync(blocker, "ROLLBACK TO SAVEPOINT unit_lock");   // frees the unit, keeps the covenant
        await WaitUntilTheSignatureWaitsAsync(signing, "covenants");   // the retry holds the unit and waits for the covenant
        await LockAsync(blocker, "units", unitId);   // second deadlock: no more retries

        var response = await signing;
        await blocker.DisposeAsync();

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, ConflictException.Concurrency.Code);
        (await DeadlocksAsync()).ShouldBe(deadlocksBefore + 2);
        (await ReadAsync<CovenantDetailsDto>(await Admin.GetAsync($"/api/v1/covenants/{covenantId}", Ct))).Signatures.ShouldBeEmpty();
    }

    private async Task<(Guid CovenantId, Guid UnitId)> OpenCovenantAsync()
    {
        Factory.Clock.Now = March2023;
        var authority = await Admin.CreateUnitAsync("SYT-HN", "Sở Y tế Hà Nội", kind: "department");
        var clusterId = (await Admin.CreateClusterAsync("Cụm thi đua số I", authority.Id)).Id;
        var member = await Admin.CreateUnitAsync("BV-0", "Bệnh viện 0", authority.Id);
        (await Admin.PutTermAsync(clusterId, 2023, [member.Id])).EnsureSuccessStatusCode();
        var draft = await Admin.PostAsJsonAsync("/api/v1/covenants", new
        {
            clusterId,
            year = 2023,
            title = "Giao ước thi đua năm 2023",
            scaleMax = 100m,
            signingDeadline = "2023-03-31",
            contents = new[] { new { number = 1, title = "Hoàn thành các chỉ tiêu chuyên môn" } },
            criteria = new[] { new { code = "1.1", contentNumber = 1, description = "Chỉ tiêu chuyên môn", maxPoints = 100m, isGate = false } },
        }, Json, Ct);
        draft.StatusCode.ShouldBe(HttpStatusCode.Created, await draft.Content.ReadAsStringAsync(Ct));
        var covenantId = (await ReadAsync<CovenantDetailsDto>(draft)).Id;
        (await Admin.PostAsync($"/api/v1/covenants/{covenantId}/open-for-signing", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return (covenantId, member.Id);
    }

    private Task<HttpResponseMessage> SignAsync(Guid covenantId, Guid unitId) =>
        ClientFor(Roles.UnitOfficer, unitId).PostAsJsonAsync($"/api/v1/covenants/{covenantId}/signatures", new { unitId, signatoryName = "Giám đốc" }, Json, Ct);

    private async Task<NpgsqlConnection> BeginAsync()
    {
        var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await ExecuteAsync(connection, "BEGIN");
        return connection;
    }

    private static async Task LockAsync(NpgsqlConnection connection, string table, Guid id)
    {
        await using var command = new NpgsqlCommand($"SELECT 1 FROM thidua.{table} WHERE id = @id FOR UPDATE", connection);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(Ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }

    /// <summary>
    /// Polls until the signature's backend is blocked locking a row of <paramref name="table"/> (its declared-lock
    /// statement), so that the test's next lock closes the cycle after the signature started waiting, and PostgreSQL's
    /// deadlock check runs first in the signature's backend. Fails at once, with the response, if it already answered.
    /// </summary>
    private async Task WaitUntilTheSignatureWaitsAsync(Task<HttpResponseMessage> signing, string table)
    {
        await using var probe = new NpgsqlConnection(Factory.ConnectionString);
        await probe.OpenAsync(Ct);
        var started = DateTime.UtcNow;
        while (DateTime.UtcNow - started < WaitLimit)
        {
            if (signing.IsCompleted)
            {
                var response = await signing;
                throw new InvalidOperationException(
                    $"The signature answered {(int)response.StatusCode} instead of waiting: {await response.Content.ReadAsStringAsync(Ct)}");
            }

            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() " +
                "AND wait_event_type = 'Lock' AND cardinality(pg_blocking_pids(pid)) > 0 AND query LIKE @statement", probe);
            command.Parameters.AddWithValue("statement", $"SELECT 1 FROM thidua.{table} %");
            if ((long)(await command.ExecuteScalarAsync(Ct))! > 0)
            {
                return;
            }

            await Task.Delay(20, Ct);
        }

        throw new TimeoutException("The signature did not start waiting for a lock.");
    }

    private async Task<long> DeadlocksAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var clear = new NpgsqlCommand("SELECT pg_stat_clear_snapshot()", connection);
        await clear.ExecuteNonQueryAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()", connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }
}
