using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// When the database cannot be reached, the API says so: 503 <c>server.unavailable</c> with <c>Retry-After</c>, in the
/// request's language, for reads and writes alike, and never a 500 or a stack trace.
/// </summary>
public sealed class DatabaseUnavailableTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task ReadsAndWrites_Answer503WithRetryAfter_WhenTheDatabaseCannotBeReached()
    {
        await using var cutOff = Factory.WithWebHostBuilder(builder =>
            builder.UseSetting("ConnectionStrings:ThiDua", "Host=127.0.0.1;Port=1;Database=thidua;Username=thidua;Password=thidua;Timeout=2;Pooling=false"));
        using var client = cutOff.CreateClient();
        client.DefaultRequestHeaders.Authorization = Admin.DefaultRequestHeaders.Authorization;
        client.DefaultRequestHeaders.AcceptLanguage.Clear(); // Vietnamese, the default

        var read = await client.GetAsync("/api/v1/units", Ct);
        var write = await client.PostAsJsonAsync("/api/v1/units", new { code = "SYT-HNAM", name = "Sở Y tế Hà Nam", kind = "department", province = "Hà Nam" }, Json, Ct);

        foreach (var response in new[] { read, write })
        {
            var problem = await ShouldBeProblemAsync(response, HttpStatusCode.ServiceUnavailable, FrameworkErrors.ServiceUnavailable.Code);
            response.Headers.RetryAfter?.Delta.ShouldBe(TimeSpan.FromSeconds(5));
            problem.GetProperty("detail").GetString().ShouldBe(FrameworkErrors.ServiceUnavailable.Text.Vi);
        }
    }

    [Fact]
    public async Task TheProblem_IsInEnglish_OnAcceptLanguageEn()
    {
        await using var cutOff = Factory.WithWebHostBuilder(builder =>
            builder.UseSetting("ConnectionStrings:ThiDua", "Host=127.0.0.1;Port=1;Database=thidua;Username=thidua;Password=thidua;Timeout=2;Pooling=false"));
        using var client = cutOff.CreateClient();
        client.DefaultRequestHeaders.Authorization = Admin.DefaultRequestHeaders.Authorization;
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var problem = await ShouldBeProblemAsync(await client.GetAsync("/api/v1/units", Ct), HttpStatusCode.ServiceUnavailable, FrameworkErrors.ServiceUnavailable.Code);

        problem.GetProperty("detail").GetString().ShouldBe(FrameworkErrors.ServiceUnavailable.Text.En);
    }
}
