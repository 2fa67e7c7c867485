using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThiDua.Api.FunctionalTests.Infrastructure;

namespace ThiDua.Api.FunctionalTests.Platform;

public sealed class HealthAndDocumentationTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Get_Returns200WithoutToken_ForHealthEndpoints(string path)
    {
        var response = await Anonymous().GetAsync(path, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Migrations_MatchTheModel_AndAreAllApplied()
    {
        var (pendingModelChanges, pendingMigrations) = await Factory.WithDbContextAsync(async db =>
            (db.Database.HasPendingModelChanges(), (await db.Database.GetPendingMigrationsAsync(Ct)).ToList()));

        pendingModelChanges.ShouldBeFalse("the EF model changed without a migration: run dotnet ef migrations add");
        pendingMigrations.ShouldBeEmpty();
    }

    [Fact]
    public async Task SwaggerUi_IsServedWithoutToken()
    {
        var response = await Anonymous().GetAsync("/swagger/index.html", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OpenApiDocument_ListsOperationsWithProblemResponsesAndBearerScheme()
    {
        var response = await Anonymous().GetAsync("/swagger/v1/swagger.json", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var root = document.RootElement;
        var paths = root.GetProperty("paths");

        foreach (var path in new[]
                 {
                     "/api/v1/units", "/api/v1/units/{unitId}", "/api/v1/units/{unitId}/lineage-events", "/api/v1/units/{unitId}/clusters",
                     "/api/v1/clusters", "/api/v1/clusters/{clusterId}", "/api/v1/clusters/{clusterId}/terms/{year}",
                     "/api/v1/clusters/{clusterId}/terms/{year}/members", "/api/v1/clusters/{clusterId}/terms/{year}/members/{unitId}",
                     "/api/v1/audit",
                 })
        {
            paths.TryGetProperty(path, out _).ShouldBeTrue($"missing {path}");
        }

        var createUnit = paths.GetProperty("/api/v1/units").GetProperty("post");
        createUnit.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
        var responses = createUnit.GetProperty("responses");
        foreach (var status in new[] { "201", "400", "401", "403", "409", "422" })
        {
            responses.TryGetProperty(status, out _).ShouldBeTrue($"POST /units does not declare {status}");
        }

        responses.GetProperty("409").GetProperty("content").TryGetProperty("application/problem+json", out _).ShouldBeTrue();
        var putTerm = paths.GetProperty("/api/v1/clusters/{clusterId}/terms/{year}").GetProperty("put").GetProperty("responses");
        foreach (var status in new[] { "200", "201", "400", "404", "409", "412", "422" })
        {
            putTerm.TryGetProperty(status, out _).ShouldBeTrue($"PUT term does not declare {status}");
        }

        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        scheme.GetProperty("scheme").GetString().ShouldBe("bearer");
        root.GetProperty("security").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Get_ReportsSupportedApiVersions()
    {
        var response = await Admin.GetAsync("/api/v1/units", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("api-supported-versions").ShouldContain("1.0");
    }

    [Fact]
    public async Task Get_Returns404Problem_ForUnknownApiVersion()
    {
        var response = await Admin.GetAsync("/api/v2/units", Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, "resource.not_found");
    }
}
