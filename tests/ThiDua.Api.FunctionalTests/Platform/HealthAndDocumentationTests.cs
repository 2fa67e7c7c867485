using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Exceptions;

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
    public async Task Ready_Returns503_WhenMigrationsAreNotApplied_WhileLiveStays200()
    {
        var empty = $"thidua_unmigrated_{Guid.NewGuid():N}";
        var server = new Npgsql.NpgsqlConnectionStringBuilder(Factory.ConnectionString) { Database = "postgres" }.ConnectionString;
        await using (var connection = new Npgsql.NpgsqlConnection(server))
        {
            await connection.OpenAsync(Ct);
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{empty}\"", connection) { CommandTimeout = TestDatabase.DdlTimeoutSeconds };
            await create.ExecuteNonQueryAsync(Ct);
        }

        try
        {
            var connectionString = new Npgsql.NpgsqlConnectionStringBuilder(Factory.ConnectionString) { Database = empty, Pooling = false }.ConnectionString;
            await using var unmigrated = Factory.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:ThiDua", connectionString));
            var client = unmigrated.CreateClient();

            (await client.GetAsync("/health/ready", Ct)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await client.GetAsync("/health/live", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

            // Every migration but the last in the history: still not ready; the last one too: ready.
            var migrations = await Factory.WithDbContextAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()));
            migrations.Count.ShouldBeGreaterThan(1);
            await using var history = new Npgsql.NpgsqlConnection(connectionString);
            await history.OpenAsync(Ct);
            await using (var table = new Npgsql.NpgsqlCommand(
                """
                CREATE SCHEMA thidua;
                CREATE TABLE thidua."__EFMigrationsHistory" (migration_id varchar(150) PRIMARY KEY, product_version varchar(32) NOT NULL);
                """,
                history))
            {
                await table.ExecuteNonQueryAsync(Ct);
            }

            async Task RecordAsync(params string[] ids)
            {
                await using var command = new Npgsql.NpgsqlCommand(
                    """INSERT INTO thidua."__EFMigrationsHistory" SELECT id, '10.0.3' FROM unnest($1::text[]) AS m(id)""", history)
                {
                    Parameters = { new() { Value = ids } },
                };
                await command.ExecuteNonQueryAsync(Ct);
            }

            await RecordAsync([.. migrations.SkipLast(1)]);
            (await client.GetAsync("/health/ready", Ct)).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            await RecordAsync(migrations[^1]);
            (await client.GetAsync("/health/ready", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await using var connection = new Npgsql.NpgsqlConnection(server);
            await connection.OpenAsync(Ct);
            await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{empty}\" WITH (FORCE)", connection) { CommandTimeout = TestDatabase.DdlTimeoutSeconds };
            await drop.ExecuteNonQueryAsync(Ct);
        }
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
    public void TheHost_StartsWithoutLoadingADataProtectionKeyRing_ThatAuthenticationWouldLoad()
    {
        static bool LoadsTheKeyRing(ServiceDescriptor d) =>
            d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == DependencyInjection.DataProtectionHostedService;

        // The framework's authentication adds the hosted service under that name (so the API's removal finds it) ...
        new ServiceCollection().AddAuthentication().Services.Count(LoadsTheKeyRing).ShouldBe(1);

        // ... and the running API has none, while every hosted service of its own still runs.
        var hosted = Factory.Services.GetServices<IHostedService>().Select(s => s.GetType().FullName).ToList();
        hosted.ShouldNotContain(DependencyInjection.DataProtectionHostedService);
        hosted.ShouldContain(typeof(ThiDua.Api.DataImports.ImportWorker).FullName);
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
                     "/api/v1/audit", "/api/v1/covenants", "/api/v1/covenants/{covenantId}", "/api/v1/covenants/{covenantId}/signatures",
                     "/api/v1/covenants/{covenantId}/open-for-signing", "/api/v1/covenants/{covenantId}/open-for-scoring",
                     "/api/v1/covenants/{covenantId}/finalize", "/api/v1/covenants/{covenantId}/ranking", "/api/v1/covenants/{covenantId}/ranking.xlsx",
                     "/api/v1/covenants/{covenantId}/assessments/{unitId}",
                     "/api/v1/campaigns", "/api/v1/campaigns/{campaignId}", "/api/v1/campaigns/{campaignId}/launch", "/api/v1/campaigns/{campaignId}/phases",
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

        var license = root.GetProperty("info").GetProperty("license");
        license.GetProperty("name").GetString().ShouldBe("Apache-2.0");
        license.GetProperty("url").GetString().ShouldBe("https://www.apache.org/licenses/LICENSE-2.0");
        var licenseFile = await File.ReadAllTextAsync(RepositoryFiles.PathOf("LICENSE"), Ct);
        licenseFile.ShouldContain("Apache License");
        licenseFile.ShouldContain("Version 2.0, January 2004");

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

    [Theory]
    [InlineData("/api/v1/units/{0}")]
    [InlineData("/API/V1/units/{0}")]
    public async Task TheVersionIsReadFromThePath_InAnyCase_AndReportedOnEveryVersionedAnswer(string template)
    {
        var unit = await Admin.CreateUnitAsync("BV-1");

        var response = await Admin.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, unit.Id), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("api-supported-versions").ShouldBe(["1.0"]);
    }

    [Theory]
    [InlineData("/api/v2/units")]
    [InlineData("/api/v0/units")]
    [InlineData("/api/v/units")]
    [InlineData("/api/vx/units")]
    public async Task Get_Returns404Problem_ForAnyOtherVersionSegment(string path)
    {
        var response = await Admin.GetAsync(path, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, NotFoundErrors.Resource.Code);
    }

    [Fact]
    public async Task Get_Returns404Problem_ForUnknownApiVersion()
    {
        var response = await Admin.GetAsync("/api/v2/units", Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, NotFoundErrors.Resource.Code);
    }
}
