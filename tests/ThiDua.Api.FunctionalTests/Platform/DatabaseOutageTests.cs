using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Infrastructure.Persistence;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// Issue 15 item 5: a database outage answers 503 <c>server.unavailable</c> with <c>Retry-After</c> in under a second,
/// for reads and writes, and the API recovers by itself when the database is back. The outage is real: a PostgreSQL
/// cluster of this test's own (<see cref="PostgresCluster"/>, never the developer's main one) is stopped under the API.
/// </summary>
public sealed class DatabaseOutageTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task AStoppedDatabase_Answers503WithRetryAfter_InUnderASecond_AndTheApiRecoversWithoutARestart()
    {
        await using var cluster = await PostgresCluster.StartPrimaryAsync();
        await cluster.ExecuteAsync("postgres", "CREATE DATABASE thidua");
        await using var host = Factory.WithWebHostBuilder(builder => builder
            .UseSetting("ConnectionStrings:ThiDua", $"Host=127.0.0.1;Port={cluster.Port};Username=postgres;Database=thidua")
            .UseSetting("Database:ConnectTimeoutSeconds", "3"));
        await DatabaseMigrator.MigrateAsync(host.Services, Ct);
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = Admin.DefaultRequestHeaders.Authorization;
        var created = await client.PostAsJsonAsync("/api/v1/units", NewUnit("SYT-HNAM"), Json, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        (await client.GetAsync("/api/v1/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // the pool holds live connections

        await cluster.StopAsync();

        foreach (var send in new Func<Task<HttpResponseMessage>>[]
                 {
                     () => client.GetAsync("/api/v1/units", Ct), // on a pooled connection the server closed
                     () => client.PostAsJsonAsync("/api/v1/units", NewUnit("SYT-NDINH"), Json, Ct),
                     () => client.GetAsync("/api/v1/units", Ct), // a new connection, refused
                 })
        {
            var clock = Stopwatch.StartNew();
            var response = await send();
            clock.Stop();
            await ShouldBeProblemAsync(response, HttpStatusCode.ServiceUnavailable, FrameworkErrors.ServiceUnavailable.Code);
            response.Headers.RetryAfter?.Delta.ShouldBe(TimeSpan.FromSeconds(5));
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1));
        }

        await cluster.StartAsync();

        // Recovery without a restart: the pool drops the dead connections and opens new ones.
        var recovered = await client.GetAsync("/api/v1/units", Ct);
        recovered.StatusCode.ShouldBe(HttpStatusCode.OK, await recovered.Content.ReadAsStringAsync(Ct));
        var units = await recovered.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Json, Ct);
        units.GetProperty("items").GetArrayLength().ShouldBe(1, "the unit created before the outage, and not the write refused during it");
        (await client.PostAsJsonAsync("/api/v1/units", NewUnit("SYT-NDINH"), Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    private static object NewUnit(string code) => new { code, name = "Sở Y tế " + code, kind = "department", province = "Hà Nam" };
}
