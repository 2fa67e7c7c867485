using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ThiDua.Api.FunctionalTests.Infrastructure;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// Transport hygiene (issue 15 item 7): every response, problems and Swagger UI included, forbids sniffing and framing
/// and sends no referrer; Kestrel sends no <c>Server</c> header; Swagger UI does not keep tokens in local storage.
/// </summary>
public sealed class TransportHygieneTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Theory]
    [InlineData("/api/v1/units", true)]
    [InlineData("/api/v1/units/not-a-guid", true)]
    [InlineData("/api/v1/units", false)]
    [InlineData("/swagger/index.html", false)]
    [InlineData("/swagger/v1/swagger.json", false)]
    [InlineData("/health/live", false)]
    public async Task EveryResponse_ForbidsSniffingAndFraming_AndSendsNoReferrer(string path, bool withToken)
    {
        using var client = withToken ? Admin : Factory.CreateClient();

        var response = await client.GetAsync(path, Ct);

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Content-Security-Policy").ShouldBe(["frame-ancestors 'none'"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
    }

    [Fact]
    public void Kestrel_SendsNoServerHeader()
    {
        Factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader.ShouldBeFalse();
    }

    [Fact]
    public async Task SwaggerUi_DoesNotPersistTokens()
    {
        using var client = Factory.CreateClient();

        var page = await client.GetAsync("/swagger/index.js", Ct);
        var script = await page.Content.ReadAsStringAsync(Ct);

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        script.ShouldContain("\"persistAuthorization\":false");
    }
}
