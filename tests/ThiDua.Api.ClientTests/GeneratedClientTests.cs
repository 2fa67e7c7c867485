using System.Text.RegularExpressions;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Security;
using ThiDua.Client;

namespace ThiDua.Api.ClientTests;

/// <summary>What the generated client must read that a short scenario would not meet on a fresh database.</summary>
public sealed partial class GeneratedClientTests(ThiDuaApiFactory factory) : ClientScenarioBase(factory)
{
    /// <summary>
    /// A resource's <c>version</c> is PostgreSQL's 32-bit unsigned <c>xmin</c>, which passes 2^31 on a busy database. The
    /// document says int64 from 0 to 4294967295, so the client reads it; the real answer is rewritten to that version.
    /// </summary>
    [Fact]
    public async Task AVersionAboveTheSignedInt32Range_IsRead()
    {
        var created = await ClientAs(Roles.Admin).CreateUnitAsync(null, new CreateUnitRequest
        {
            Code = "SYT-HNAM", Name = "Sở Y tế Hà Nam", Kind = UnitKind.Department, Province = "Hà Nam", ValidFrom = new DateOnly(2000, 1, 1),
        }, Ct);
        using var http = new HttpClient(new HighVersion { InnerHandler = Factory.Server.CreateHandler() }) { BaseAddress = Factory.Server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", TokenFor(Roles.Admin));

        var unit = (await new ThiDuaClient(http).GetUnitAsync(created.Result.Id, null, Ct)).Result;

        unit.Version.ShouldBe(4294967295L);
        unit.Code.ShouldBe("SYT-HNAM");
    }

    private sealed partial class HighVersion : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            response.Content = new StringContent(Version().Replace(body, "\"version\":4294967295"), System.Text.Encoding.UTF8, response.Content.Headers.ContentType?.MediaType ?? "application/json");
            return response;
        }

        [GeneratedRegex("\"version\":[0-9]+")]
        private static partial Regex Version();
    }
}
