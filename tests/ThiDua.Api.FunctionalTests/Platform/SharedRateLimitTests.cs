using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Security;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// Issue 13 / issue 15 item 8 (ADR 0031): the rate limits hold across instances. Two API hosts on one database count
/// one client's requests in one window, for the default quota and the verification endpoint's own; when the shared
/// store fails, each instance still limits alone (fail open to per-instance counting) instead of refusing everyone.
/// </summary>
public sealed class SharedRateLimitTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task TwoInstances_ShareOneClientsQuota_AndItsRetryAfter()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 18, TimeSpan.FromHours(7)); // 42 s before the minute turns
        await using var first = Limited("4");
        await using var second = Limited("4");
        var a = Authorized(first);
        var b = Authorized(second);

        var statuses = new List<string>();
        foreach (var client in new[] { a, b, a, b })
        {
            var allowed = await client.GetAsync("/api/v1/units", Ct);
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
            statuses.Add(allowed.Headers.GetValues("RateLimit").Single());
        }

        statuses.ShouldBe(["\"default\";r=3;t=42", "\"default\";r=2;t=42", "\"default\";r=1;t=42", "\"default\";r=0;t=42"]);
        foreach (var client in new[] { a, b })
        {
            var rejected = await client.GetAsync("/api/v1/units", Ct);
            await ShouldBeProblemAsync(rejected, HttpStatusCode.TooManyRequests, FrameworkErrors.RateLimited.Code);
            rejected.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBe(42);
        }

        Factory.Clock.Now = Factory.Clock.Now.Value.AddSeconds(42);
        (await b.GetAsync("/api/v1/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // a new window, on both
        (await a.GetAsync("/api/v1/units", Ct)).Headers.GetValues("RateLimit").ShouldBe(["\"default\";r=2;t=60"]);
    }

    [Fact]
    public async Task TheVerificationQuota_IsSharedToo()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 30, TimeSpan.FromHours(7));
        await using var first = Factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:VerifyPermitsPerMinute", "2"));
        await using var second = Factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:VerifyPermitsPerMinute", "2"));
        using var a = first.CreateClient();
        using var b = second.CreateClient();

        (await a.GetAsync("/verify/not-a-certificate", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.GetAsync("/verify/not-a-certificate", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var rejected = await a.GetAsync("/verify/not-a-certificate", Ct);

        await ShouldBeProblemAsync(rejected, HttpStatusCode.TooManyRequests, FrameworkErrors.RateLimited.Code);
        rejected.Headers.GetValues("RateLimit-Policy").ShouldBe(["\"verify\";q=2;w=60"]);
        rejected.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBe(30);
    }

    [Fact]
    public async Task WhenTheSharedStoreFails_EachInstanceStillLimitsAlone_AndNothingElseFails()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 18, TimeSpan.FromHours(7));
        await using var first = Limited("2");
        var a = Authorized(first);
        await ExecuteAsync("ALTER TABLE thidua.client_windows RENAME TO client_windows_gone");
        try
        {
            (await a.GetAsync("/api/v1/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await a.GetAsync("/api/v1/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
            await ShouldBeProblemAsync(await a.GetAsync("/api/v1/units", Ct), HttpStatusCode.TooManyRequests, FrameworkErrors.RateLimited.Code);
        }
        finally
        {
            await ExecuteAsync("ALTER TABLE thidua.client_windows_gone RENAME TO client_windows");
        }
    }

    private WebApplicationFactory<Program> Limited(string permits) =>
        Factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:PermitsPerMinute", permits));

    private HttpClient Authorized(WebApplicationFactory<Program> host)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token(Roles.Admin));
        return client;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
