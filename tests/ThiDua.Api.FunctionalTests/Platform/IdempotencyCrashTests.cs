using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Idempotency;
using ThiDua.Application.Units;
using ThiDua.Infrastructure.Persistence.Idempotency;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// ADR 0022: the key commits with the command. An attempt killed before its commit leaves no key behind; one killed
/// between its commit and its response is recovered by the retry, which returns the committed resource and never runs
/// the command twice. Expired keys are purged by a background job.
/// </summary>
public sealed class IdempotencyCrashTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private static readonly object Hospital = new { code = "BV-1", name = "Bệnh viện 1", kind = "hospital", province = "Hà Nội" };

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string key, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, Ct);
    }

    private Task<HttpResponseMessage> CreateHospitalAsync(string key, object? body = null) => PostAsync(Admin, "/api/v1/units", key, body ?? Hospital);

    private Task<List<Guid>> UnitIdsAsync() => Factory.WithDbContextAsync(db => db.Units.Select(u => u.Id.Value).ToListAsync(Ct));

    [Fact]
    public async Task Retry_ReturnsTheCommittedResource_WhenTheFirstAttemptDiedBetweenCommitAndResponse()
    {
        Factory.CommitFault.Arm();

        var crashed = await CreateHospitalAsync("crash-1");

        await ShouldBeProblemAsync(crashed, HttpStatusCode.InternalServerError, FrameworkErrors.ServerError.Code);
        var id = (await UnitIdsAsync()).ShouldHaveSingleItem();

        var retry = await CreateHospitalAsync("crash-1");

        retry.StatusCode.ShouldBe(HttpStatusCode.Created, await retry.Content.ReadAsStringAsync(Ct));
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        retry.Headers.Location!.ToString().ShouldBe($"/api/v1/units/{id}");
        (await ReadAsync<UnitDetailsDto>(retry)).Id.ShouldBe(id);
        (await UnitIdsAsync()).ShouldBe([id]);

        // The recovered response is now recorded: later retries replay it byte for byte.
        var again = await CreateHospitalAsync("crash-1");
        again.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        again.Headers.ETag.ShouldBe(retry.Headers.ETag);
        (await again.Content.ReadAsStringAsync(Ct)).ShouldBe(await retry.Content.ReadAsStringAsync(Ct));

        var otherBody = await CreateHospitalAsync("crash-1", new { code = "BV-2", name = "Bệnh viện 2", kind = "hospital", province = "Hà Nội" });
        await ShouldBeProblemAsync(otherBody, HttpStatusCode.UnprocessableEntity, FrameworkErrors.IdempotencyKeyReused.Code);
        (await UnitIdsAsync()).ShouldBe([id]);
    }

    [Fact]
    public async Task TheClientGetsItsAnswer_AndARetryTheSameResource_WhenRecordingTheResponseFailedAfterCommit()
    {
        Factory.ResponseRecordingFault.Arm();

        var first = await CreateHospitalAsync("db-down-1");

        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync(Ct));
        first.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        var id = (await UnitIdsAsync()).ShouldHaveSingleItem();
        first.Headers.Location!.ToString().ShouldBe($"/api/v1/units/{id}");
        (await Factory.WithDbContextAsync(db => db.IdempotencyRecords.SingleAsync(Ct))).StatusCode.ShouldBeNull();

        var retry = await CreateHospitalAsync("db-down-1");

        retry.StatusCode.ShouldBe(HttpStatusCode.Created);
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        retry.Headers.Location.ShouldBe(first.Headers.Location);
        (await ReadAsync<UnitDetailsDto>(retry)).Id.ShouldBe(id);
        (await UnitIdsAsync()).ShouldBe([id]);
    }

    [Fact]
    public async Task Retry_DoesNotRecordTheChangeTwice_WhenACommandWithoutIdDiedAfterCommit()
    {
        var unit = await Admin.CreateUnitAsync("TTYT-A", "Trung tâm Y tế huyện A");
        var rename = new { type = "rename", effectiveOn = "2025-07-01", newName = "Trung tâm Y tế khu vực Đông Anh", legalBasis = TestData.LegalBasis() };
        var path = $"/api/v1/units/{unit.Id}/lineage-events";
        Factory.CommitFault.Arm();

        var crashed = await PostAsync(Admin, path, "rename-1", rename);
        var retry = await PostAsync(Admin, path, "rename-1", rename);

        await ShouldBeProblemAsync(crashed, HttpStatusCode.InternalServerError, FrameworkErrors.ServerError.Code);
        retry.StatusCode.ShouldBe(HttpStatusCode.Created, await retry.Content.ReadAsStringAsync(Ct));
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        retry.Headers.Location!.ToString().ShouldBe($"/api/v1/units/{unit.Id}");
        (await ReadAsync<UnitDetailsDto>(retry)).LineageEvents.ShouldHaveSingleItem();
        (await ReadAsync<UnitDetailsDto>(await Admin.GetAsync($"/api/v1/units/{unit.Id}", Ct))).LineageEvents.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Retry_RunsAfresh_WhenTheFirstAttemptsConnectionWasKilledBeforeCommit()
    {
        var paused = Factory.SavePause.Arm();
        var first = CreateHospitalAsync("killed-1");
        var backend = await paused.WaitAsync(TimeSpan.FromSeconds(20), Ct);

        await TerminateBackendAsync(backend);
        var retry = await CreateHospitalAsync("killed-1");
        Factory.SavePause.Release();
        var firstResponse = await first;

        retry.StatusCode.ShouldBe(HttpStatusCode.Created, await retry.Content.ReadAsStringAsync(Ct));
        retry.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        // Its session ended under it: the database was unavailable to it and nothing of it committed (503, retry).
        await ShouldBeProblemAsync(firstResponse, HttpStatusCode.ServiceUnavailable, FrameworkErrors.ServiceUnavailable.Code);
        var id = (await UnitIdsAsync()).ShouldHaveSingleItem();
        retry.Headers.Location!.ToString().ShouldBe($"/api/v1/units/{id}");

        var replay = await CreateHospitalAsync("killed-1");
        replay.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await replay.Content.ReadAsStringAsync(Ct)).ShouldBe(await retry.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Retry_Gets409WhileTheFirstAttemptIsAlive_ThenTheReplay()
    {
        var paused = Factory.SavePause.Arm();
        var first = CreateHospitalAsync("alive-1");
        await paused.WaitAsync(TimeSpan.FromSeconds(20), Ct);

        var during = await CreateHospitalAsync("alive-1");
        Factory.SavePause.Release();
        var firstResponse = await first;
        var after = await CreateHospitalAsync("alive-1");

        await ShouldBeProblemAsync(during, HttpStatusCode.Conflict, IdempotentRequest.InProgress.Code);
        firstResponse.StatusCode.ShouldBe(HttpStatusCode.Created);
        after.StatusCode.ShouldBe(HttpStatusCode.Created);
        after.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await after.Content.ReadAsStringAsync(Ct)).ShouldBe(await firstResponse.Content.ReadAsStringAsync(Ct));
        (await UnitIdsAsync()).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task AHungAttempt_ReleasesItsKey_AfterTheAbandonedTransactionTimeout()
    {
        var options = Factory.Services.GetRequiredService<IOptions<IdempotencyOptions>>().Value;
        var configured = options.AbandonedTransactionTimeout;
        options.AbandonedTransactionTimeout = TimeSpan.FromSeconds(1);
        try
        {
            var paused = Factory.SavePause.Arm();
            var first = CreateHospitalAsync("hung-1");
            var backend = await paused.WaitAsync(TimeSpan.FromSeconds(20), Ct);

            var during = await CreateHospitalAsync("hung-1");
            await ShouldBeProblemAsync(during, HttpStatusCode.Conflict, IdempotentRequest.InProgress.Code);

            // PostgreSQL ends the idle transaction by itself; nobody kills it.
            await WaitUntilBackendGoneAsync(backend);
            var retry = await CreateHospitalAsync("hung-1");
            Factory.SavePause.Release();
            var firstResponse = await first;

            retry.StatusCode.ShouldBe(HttpStatusCode.Created, await retry.Content.ReadAsStringAsync(Ct));
            retry.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
            await ShouldBeProblemAsync(firstResponse, HttpStatusCode.InternalServerError, FrameworkErrors.ServerError.Code);
            (await UnitIdsAsync()).ShouldHaveSingleItem();
        }
        finally
        {
            options.AbandonedTransactionTimeout = configured;
        }
    }

    [Fact]
    public async Task Purge_DeletesKeysOlderThan24Hours_AndKeepsYoungerOnes()
    {
        var now = DateTimeOffset.UtcNow;
        await SeedKeysAsync(("expired", now.AddHours(-24).AddMinutes(-1)), ("young", now.AddHours(-23)), ("new", now));

        var deleted = await Factory.Services.GetRequiredService<IdempotencyStore>().PurgeExpiredAsync(Ct);

        deleted.ShouldBe(1);
        (await KeysAsync()).ShouldBe(["new", "young"]);
    }

    [Fact]
    public async Task PurgeJob_RunsAtItsConfiguredInterval()
    {
        Factory.Services.GetServices<IHostedService>().OfType<IdempotencyPurgeService>().ShouldHaveSingleItem();
        Factory.Services.GetRequiredService<IOptions<IdempotencyOptions>>().Value.PurgeInterval.ShouldBe(TimeSpan.FromHours(1));
        var now = DateTimeOffset.UtcNow;
        await SeedKeysAsync(("expired-1", now.AddDays(-2)), ("expired-2", now.AddHours(-25)), ("young", now.AddHours(-1)));
        using var job = new IdempotencyPurgeService(
            Factory.Services.GetRequiredService<IdempotencyStore>(),
            Options.Create(new IdempotencyOptions { PurgeInterval = TimeSpan.FromMilliseconds(200) }),
            TimeProvider.System,
            NullLogger<IdempotencyPurgeService>.Instance);

        await job.StartAsync(Ct);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while ((await KeysAsync()).Count > 1 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, Ct);
            }
        }
        finally
        {
            await job.StopAsync(CancellationToken.None);
        }

        (await KeysAsync()).ShouldBe(["young"]);
    }

    private Task<int> SeedKeysAsync(params (string Key, DateTimeOffset CreatedAt)[] keys) =>
        Factory.WithDbContextAsync(async db =>
        {
            db.IdempotencyRecords.AddRange(keys.Select(k => new IdempotencyRecord
            {
                Subject = "test-admin",
                Key = k.Key,
                RequestHash = new string('0', 64),
                CreatedAt = k.CreatedAt,
                CommandResults = ["\"00000000-0000-0000-0000-000000000001\""],
            }));
            return await db.SaveChangesAsync(Ct);
        });

    private Task<List<string>> KeysAsync() =>
        Factory.WithDbContextAsync(db => db.IdempotencyRecords.OrderBy(r => r.Key).Select(r => r.Key).ToListAsync(Ct));

    private async Task TerminateBackendAsync(int backend)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", connection);
        command.Parameters.AddWithValue("pid", backend);
        (await command.ExecuteScalarAsync(Ct)).ShouldBe(true);
        await WaitUntilBackendGoneAsync(backend);
    }

    private async Task WaitUntilBackendGoneAsync(int backend)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE pid = @pid", connection);
            command.Parameters.AddWithValue("pid", backend);
            if ((long)(await command.ExecuteScalarAsync(Ct))! == 0)
            {
                return;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"backend {backend} still runs");
            await Task.Delay(50, Ct);
        }
    }
}
