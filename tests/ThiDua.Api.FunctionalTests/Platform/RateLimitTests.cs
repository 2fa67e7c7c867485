using System.Net;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Security;

namespace ThiDua.Api.FunctionalTests.Platform;

public sealed class RateLimitTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task Requests_Get429WithRetryAfter_OverThePerClientLimit_WhileOtherClientsContinue()
    {
        await using var limited = Factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:PermitsPerMinute", "3"));
        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token(Roles.Admin));

        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("/api/v1/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var rejected = await client.GetAsync("/api/v1/units", Ct);

        await ShouldBeProblemAsync(rejected, HttpStatusCode.TooManyRequests, "request.rate_limited");
        rejected.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeGreaterThan(0);
        var other = limited.CreateClient();
        other.DefaultRequestHeaders.Authorization = new("Bearer", Token(Roles.Council, Guid.NewGuid()));
        (await other.GetAsync("/api/v1/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await limited.CreateClient().GetAsync("/health/live", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
