using System.Net;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Security;

namespace ThiDua.Api.FunctionalTests.Platform;

public sealed class RateLimitTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task Requests_Get429WithRetryAfter_OverThePerClientLimit_WhileOtherClientsContinue()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 18, TimeSpan.FromHours(7)); // 42 s before the minute turns
        await using var limited = Factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:PermitsPerMinute", "3"));
        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token(Roles.Admin));

        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.GetAsync("/api/v1/units", Ct);
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
            allowed.Headers.GetValues("RateLimit-Policy").ShouldBe(["\"default\";q=3;w=60"]);
            allowed.Headers.GetValues("RateLimit").ShouldBe([$"\"default\";r={2 - i};t=42"]);
        }

        var rejected = await client.GetAsync("/api/v1/units", Ct);

        var problem = await ShouldBeProblemAsync(rejected, HttpStatusCode.TooManyRequests, FrameworkErrors.RateLimited.Code);
        problem.GetProperty("type").GetString().ShouldBe("https://www.rfc-editor.org/rfc/rfc6585#section-4");
        rejected.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBe(42);
        rejected.Headers.GetValues("RateLimit").ShouldBe(["\"default\";r=0;t=42"]);
        Factory.Clock.Now = Factory.Clock.Now.Value.AddSeconds(42);
        (await client.GetAsync("/api/v1/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // a new window
        var other = limited.CreateClient();
        other.DefaultRequestHeaders.Authorization = new("Bearer", Token(Roles.Council, Guid.NewGuid()));
        (await other.GetAsync("/api/v1/units", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await limited.CreateClient().GetAsync("/health/live", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
