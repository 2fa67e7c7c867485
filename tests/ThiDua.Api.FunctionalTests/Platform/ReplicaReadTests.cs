using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Api.Security;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Infrastructure.Persistence;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// Issue 13, replica reads (ADR 0031), on real parts: a primary of the test's own and a hot standby made from it with
/// <c>pg_basebackup</c> on a second port (<see cref="PostgresCluster"/>). Two API instances read through
/// <c>Host=standby,primary;Target Session Attributes=prefer-standby</c>. Replay on the standby is paused to make the lag
/// visible: another caller's read is served by the standby (it does not see the new unit yet), while the writer reads its
/// own write on either instance (its read fence sends it to the primary). When the standby is gone, reads go to the primary.
/// With the rate limit on (ADR 0039), the writer's reads are served from permits both instances leased before the write,
/// without a lease: each looks the fence up, and still reads the write.
/// </summary>
public sealed class ReplicaReadTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private const int WaitMilliseconds = 300;

    [Theory]
    [InlineData(0)]
    [InlineData(600)]
    public async Task ReadsGoToTheStandby_AndAWriterReadsItsOwnWrites_OnAnyInstance(int permitsPerMinute)
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7)); // one rate-limit window throughout
        await using var primary = await PostgresCluster.StartPrimaryAsync();
        await primary.ExecuteAsync("postgres", "CREATE DATABASE thidua");
        await using var standby = await primary.StartStandbyAsync();
        var reads = $"Host=127.0.0.1:{standby.Port},127.0.0.1:{primary.Port};Username=postgres;Database=thidua;Target Session Attributes=prefer-standby";
        await using var first = Instance(primary, reads, permitsPerMinute);
        await using var second = Instance(primary, reads, permitsPerMinute);
        await DatabaseMigrator.MigrateAsync(first.Services, Ct);
        await WaitForReplayAsync(primary, standby);

        var writer = Client(first, "officer-writer");
        var writerElsewhere = Client(second, "officer-writer");
        var other = Client(second, "officer-other");
        (await other.GetAsync("/api/v1/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // reads work on the standby
        (await writer.GetAsync("/api/v1/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // with limits on: leases on both
        (await writerElsewhere.GetAsync("/api/v1/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await standby.ExecuteAsync("postgres", "SELECT pg_wal_replay_pause()");
        var created = await writer.PostAsJsonAsync("/api/v1/units", new { code = "SYT-HNAM", name = "Sở Y tế Hà Nam", kind = "department", province = "Hà Nam" }, Json, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Json, Ct)).GetProperty("id").GetGuid();

        // Another caller reads from the (paused) standby: the unit is not there yet.
        await ShouldBeProblemAsync(await other.GetAsync($"/api/v1/units/{id}", Ct), HttpStatusCode.NotFound, NotFoundErrors.Unit.Code);

        // The writer reads its own write, on the instance that wrote and on the other one: the standby is behind its
        // fence, so after the wait the read goes to the primary.
        foreach (var client in new[] { writer, writerElsewhere })
        {
            var tag = Guid.NewGuid().ToString("N");
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/units/{id}");
            request.Headers.Add(SqlCommandCounter.Header, tag);
            var clock = Stopwatch.StartNew();
            var own = await client.SendAsync(request, Ct);
            clock.Stop();
            own.StatusCode.ShouldBe(HttpStatusCode.OK, await own.Content.ReadAsStringAsync(Ct));
            clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(WaitMilliseconds), "it waited for the standby first");
            var commands = Factory.SqlCommands.For(tag);
            commands.ShouldContain(c => c.StartsWith("SELECT written_lsn FROM thidua.client_windows", StringComparison.Ordinal), string.Join("\n---\n", commands));
            commands.ShouldNotContain(c => c.StartsWith("INSERT INTO thidua.client_windows", StringComparison.Ordinal), "served from a leased slice");
        }

        // Once the standby replays, the other caller sees the unit there too.
        await standby.ExecuteAsync("postgres", "SELECT pg_wal_replay_resume()");
        await WaitForReplayAsync(primary, standby);
        (await other.GetAsync($"/api/v1/units/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var caughtUp = Stopwatch.StartNew();
        (await writerElsewhere.GetAsync($"/api/v1/units/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        caughtUp.Elapsed.ShouldBeLessThan(TimeSpan.FromMilliseconds(WaitMilliseconds), "the standby has replayed the fence: no wait");

        // Without a standby, prefer-standby falls back to the primary. A read that had already taken a pooled connection
        // to the standby when it went away answers 503 with Retry-After (and the pools are cleared); the next one is served.
        await standby.StopAsync();
        var during = await other.GetAsync($"/api/v1/units/{id}", Ct);
        if (during.StatusCode != HttpStatusCode.OK)
        {
            await ShouldBeProblemAsync(during, HttpStatusCode.ServiceUnavailable, FrameworkErrors.ServiceUnavailable.Code);
        }

        (await other.GetAsync($"/api/v1/units/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private WebApplicationFactory<Program> Instance(PostgresCluster primary, string reads, int permitsPerMinute) =>
        Factory.WithWebHostBuilder(builder => builder
            .UseSetting("RateLimiting:PermitsPerMinute", permitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("ConnectionStrings:ThiDua", $"Host=127.0.0.1;Port={primary.Port};Username=postgres;Database=thidua")
            .UseSetting("ConnectionStrings:ThiDuaReads", reads)
            .UseSetting("Database:Replica:WaitMilliseconds", WaitMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private HttpClient Client(WebApplicationFactory<Program> host, string subject)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", LocalTokens.Create(
            ThiDuaApiFactory.Issuer, ThiDuaApiFactory.Audience, Factory.SigningKey,
            new LocalTokens.Request(subject, subject, [Roles.Admin], null, [], TimeSpan.FromHours(1))));
        return client;
    }

    private static async Task WaitForReplayAsync(PostgresCluster primary, PostgresCluster standby)
    {
        var target = (await primary.ExecuteAsync("postgres", "SELECT pg_current_wal_insert_lsn()::text"))!.ToString();
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(30); await Task.Delay(20))
        {
            if (await standby.ExecuteAsync("postgres", $"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn") is true)
            {
                return;
            }
        }

        throw new TimeoutException($"The standby did not replay up to {target} in 30 s.");
    }
}
