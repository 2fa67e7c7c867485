using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Security;
using ThiDua.Infrastructure.Persistence.ScaleOut;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// Issue 13, the shared rate limit made cheap (ADR 0039): instances lease slices of a client's window budget from the
/// shared row and serve them from memory. Three API hosts on one database never admit more than the quota together,
/// in turn or concurrently, refuse with 429 <c>request.rate_limited</c> and <c>Retry-After</c> over it, and start again
/// on the clock's next minute; one instance serves a client's hundred requests with a handful of store statements, and
/// refuses a spent client without asking the store again; the store's SQL grants what <see cref="PermitLeases"/> says.
/// </summary>
public sealed class LeasedRateLimitTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private static readonly DateTimeOffset At0918 = new(2025, 12, 1, 9, 0, 18, TimeSpan.FromHours(7)); // 42 s before the minute turns

    [Fact]
    public async Task ThreeInstances_InTurn_AdmitExactlyTheQuota_RefuseThe21stOnEach_AndStartAgainNextMinute()
    {
        Factory.Clock.Now = At0918;
        await using var first = Limited(20);
        await using var second = Limited(20);
        await using var third = Limited(20);
        HttpClient[] clients = [Authorized(first), Authorized(second), Authorized(third)];

        for (var i = 0; i < 20; i++)
        {
            var allowed = await clients[i % 3].GetAsync("/api/v1/units", Ct);
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
            allowed.Headers.GetValues("RateLimit").ShouldBe([$"\"default\";r={19 - i};t=42"]);
        }

        foreach (var client in clients)
        {
            var rejected = await client.GetAsync("/api/v1/units", Ct);
            await ShouldBeProblemAsync(rejected, HttpStatusCode.TooManyRequests, FrameworkErrors.RateLimited.Code);
            rejected.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBe(42);
            rejected.Headers.GetValues("RateLimit").ShouldBe(["\"default\";r=0;t=42"]);
        }

        Factory.Clock.Now = At0918.AddSeconds(42); // 09:01:00, a new window on every instance
        for (var i = 0; i < 3; i++)
        {
            var allowed = await clients[(i + 1) % 3].GetAsync("/api/v1/units", Ct);
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
            allowed.Headers.GetValues("RateLimit").ShouldBe([$"\"default\";r={19 - i};t=60"]);
        }
    }

    [Fact]
    public async Task ThreeInstances_UnderConcurrentRequests_AdmitExactlyTheQuota_AndRefuseTheRest()
    {
        Factory.Clock.Now = At0918;
        await using var first = Limited(20);
        await using var second = Limited(20);
        await using var third = Limited(20);
        HttpClient[] clients = [Authorized(first), Authorized(second), Authorized(third)];

        var responses = await Task.WhenAll(Enumerable.Range(0, 45).Select(i => clients[i % 3].GetAsync("/api/v1/units", Ct)));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(20);
        foreach (var rejected in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await ShouldBeProblemAsync(rejected, HttpStatusCode.TooManyRequests, FrameworkErrors.RateLimited.Code);
            rejected.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBe(42);
        }
    }

    /// <summary>
    /// With a quota of 200 a lease holds up to 12 permits. Concurrent requests spread over three instances never get
    /// more than the quota; permits an instance leased and has not used yet may refuse the client early elsewhere (at
    /// most 2 × 12 here, ADR 0039), and they are served as soon as that instance gets the client's next requests: once
    /// every instance has drained what it holds, exactly the quota was admitted.
    /// </summary>
    [Fact]
    public async Task ThreeInstances_WithLargerSlices_NeverAdmitMoreThanTheQuota_AndExactlyItOnceEachHasServedWhatItHolds()
    {
        Factory.Clock.Now = At0918;
        await using var first = Limited(200);
        await using var second = Limited(200);
        await using var third = Limited(200);
        HttpClient[] clients = [Authorized(first), Authorized(second), Authorized(third)];

        var responses = await Task.WhenAll(Enumerable.Range(0, 240).Select(i => clients[i % 3].GetAsync("/api/v1/units", Ct)));
        var admitted = responses.Count(r => r.StatusCode == HttpStatusCode.OK);

        admitted.ShouldBeLessThanOrEqualTo(200);
        admitted.ShouldBeGreaterThanOrEqualTo(200 - (2 * PermitLeases.MaxSliceFor(200)));
        foreach (var rejected in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            await ShouldBeProblemAsync(rejected, HttpStatusCode.TooManyRequests, FrameworkErrors.RateLimited.Code);
        }

        foreach (var client in clients)
        {
            HttpResponseMessage next;
            while ((next = await client.GetAsync("/api/v1/units", Ct)).StatusCode == HttpStatusCode.OK)
            {
                admitted++;
                admitted.ShouldBeLessThanOrEqualTo(200);
            }

            await ShouldBeProblemAsync(next, HttpStatusCode.TooManyRequests, FrameworkErrors.RateLimited.Code);
        }

        admitted.ShouldBe(200);
    }

    [Fact]
    public async Task OneInstance_ServesAHundredRequests_WithAHandfulOfStoreStatements_AndTellsTheExactRemainder()
    {
        Factory.Clock.Now = At0918;
        await using var host = Limited(600);
        var client = Authorized(host);
        var tag = Guid.NewGuid().ToString("N");
        client.DefaultRequestHeaders.Add(SqlCommandCounter.Header, tag);

        for (var i = 0; i < 100; i++)
        {
            var allowed = await client.GetAsync("/api/v1/units", Ct);
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
            allowed.Headers.GetValues("RateLimit").ShouldBe([$"\"default\";r={599 - i};t=42"]);
        }

        var store = Factory.SqlCommands.For(tag).Where(c => c.Contains("client_windows", StringComparison.Ordinal)).ToList();
        store.Count.ShouldBe(PermitLeaseArithmeticTests.Leases(600, requests: 100), string.Join("\n---\n", store)); // 37 + 37 + 37
        store.Count.ShouldBeLessThanOrEqualTo(5);
        store.ShouldAllBe(c => c.StartsWith("INSERT INTO thidua.client_windows", StringComparison.Ordinal), "no read fence without a standby");
    }

    [Fact]
    public async Task ASpentClient_IsRefusedWithoutAskingTheStore_UntilTheWindowTurns()
    {
        Factory.Clock.Now = At0918;
        await using var host = Limited(20);
        var client = Authorized(host);
        for (var i = 0; i < 20; i++)
        {
            (await client.GetAsync("/api/v1/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await ShouldBeProblemAsync(await client.GetAsync("/api/v1/units", Ct), HttpStatusCode.TooManyRequests, FrameworkErrors.RateLimited.Code);
        var tag = Guid.NewGuid().ToString("N");
        client.DefaultRequestHeaders.Add(SqlCommandCounter.Header, tag);
        for (var i = 0; i < 10; i++)
        {
            await ShouldBeProblemAsync(await client.GetAsync("/api/v1/units", Ct), HttpStatusCode.TooManyRequests, FrameworkErrors.RateLimited.Code);
        }

        Factory.SqlCommands.For(tag).ShouldNotContain(c => c.Contains("client_windows", StringComparison.Ordinal));
        Factory.Clock.Now = At0918.AddSeconds(42);
        (await client.GetAsync("/api/v1/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        Factory.SqlCommands.For(tag).Count(c => c.Contains("client_windows", StringComparison.Ordinal)).ShouldBe(1, "a new window leases again");
    }

    /// <summary>The store's statement grants, under the row's lock, what <see cref="PermitLeases.Slice"/> says, for
    /// quotas whose slices are single permits and larger ones; a new window starts over, and a lease from an instance
    /// whose clock is a window behind takes from the newer window.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(20)]
    [InlineData(100)]
    [InlineData(600)]
    public async Task TheStoresLeases_GrantWhatTheArithmeticSays_UntilTheQuotaIsHandedOut(int limit)
    {
        var store = Factory.Services.GetRequiredService<ClientWindowStore>();
        var key = $"sub:lease-{limit}";
        const long window = 1_764_554_400; // 2025-12-01 09:00 +07

        var remaining = limit;
        while (remaining > 0)
        {
            var lease = await store.LeaseAsync(key, window, limit, Ct);
            lease.Granted.ShouldBe(PermitLeases.Slice(remaining, limit));
            remaining -= lease.Granted;
            lease.Remaining.ShouldBe(remaining);
        }

        (await store.LeaseAsync(key, window, limit, Ct)).ShouldBe(new PermitLease(0, 0, null));
        (await store.LeaseAsync(key, window, limit, Ct)).ShouldBe(new PermitLease(0, 0, null), "refusals take nothing");

        var next = await store.LeaseAsync(key, window + 60, limit, Ct);
        next.Granted.ShouldBe(PermitLeases.Slice(limit, limit));
        var late = await store.LeaseAsync(key, window, limit, Ct);
        late.Granted.ShouldBe(PermitLeases.Slice(limit - next.Granted, limit));
        late.Remaining.ShouldBe(limit - next.Granted - late.Granted);
    }

    private WebApplicationFactory<Program> Limited(int permits) =>
        Factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:PermitsPerMinute", permits.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private HttpClient Authorized(WebApplicationFactory<Program> host)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token(Roles.Admin));
        return client;
    }
}
