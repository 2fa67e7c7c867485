using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Api.Observability;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// Traces and metrics (issue 13, ADR 0028): a request's trace holds its SQL commands; Prometheus scrapes HTTP,
/// database and runtime metrics at /metrics when it is enabled, and nothing is served there otherwise.
/// </summary>
public sealed class TelemetryTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task ARequestsTrace_HoldsItsSqlCommands_UnderTheSameTraceId()
    {
        var unit = await Admin.CreateUnitAsync("SYT-OTEL", kind: "department");
        var exported = new SynchronizedActivities();
        await using var traced = Factory.WithWebHostBuilder(builder => builder
            .UseSetting("OpenTelemetry:Tracing:Enabled", "true")
            .ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(exported))));
        using var client = traced.CreateClient();
        client.DefaultRequestHeaders.Authorization = Admin.DefaultRequestHeaders.Authorization;

        (await client.GetAsync($"/api/v1/units/{unit.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // The server's span ends just after the client has its response.
        var activities = exported.Snapshot();
        for (var wait = 0; wait < 100 && !activities.Any(a => a.Kind == ActivityKind.Server); wait++)
        {
            await Task.Delay(50, Ct);
            traced.Services.GetRequiredService<TracerProvider>().ForceFlush().ShouldBeTrue();
            activities = exported.Snapshot();
        }

        var server = activities.Where(a => a.Kind == ActivityKind.Server).ShouldHaveSingleItem();
        server.DisplayName.ShouldBe("GET /api/v1/units/{unitId:guid}");
        server.GetTagItem("http.response.status_code").ShouldBe(200);
        var sql = activities.Where(a => a.Kind == ActivityKind.Client && a.TraceId == server.TraceId).ToList();
        sql.ShouldNotBeEmpty("the SELECT of the unit is a child span of the request");
        sql.ShouldAllBe(a => a.GetTagItem("db.system") as string == "postgresql" || a.GetTagItem("db.system.name") as string == "postgresql");
    }

    [Fact]
    public async Task Prometheus_ScrapesHttpDatabaseAndRuntimeMetrics_WhenEnabled()
    {
        await using var scraped = Factory.WithWebHostBuilder(builder => builder.UseSetting("OpenTelemetry:Prometheus:Enabled", "true"));
        using var client = scraped.CreateClient();
        client.DefaultRequestHeaders.Authorization = Admin.DefaultRequestHeaders.Authorization;
        (await client.GetAsync("/api/v1/units?limit=1", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var anonymous = scraped.CreateClient();
        var response = await anonymous.GetAsync(Telemetry.PrometheusPath, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        text.ShouldContain("http_server_request_duration_seconds");
        text.ShouldContain("db_client_");
        text.ShouldContain("dotnet_gc_");
    }

    [Fact]
    public async Task ProductionLogs_AreJson_WithTheTraceAndSpanIdsInTheirScopes()
    {
        await using var production = Factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        using var scope = production.Services.CreateScope();

        scope.ServiceProvider.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName.ShouldBe(ConsoleFormatterNames.Json);
        scope.ServiceProvider.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue.IncludeScopes.ShouldBeTrue();
        var tracking = scope.ServiceProvider.GetRequiredService<IOptions<LoggerFactoryOptions>>().Value.ActivityTrackingOptions;
        tracking.HasFlag(ActivityTrackingOptions.TraceId).ShouldBeTrue();
        tracking.HasFlag(ActivityTrackingOptions.SpanId).ShouldBeTrue();
    }

    [Fact]
    public async Task NothingIsInstrumented_WhenNothingWouldReadIt()
    {
        await using var scope = Factory.Services.CreateAsyncScope();

        scope.ServiceProvider.GetService<TracerProvider>().ShouldBeNull();
        scope.ServiceProvider.GetService<OpenTelemetry.Metrics.MeterProvider>().ShouldBeNull();
    }

    [Fact]
    public async Task Metrics_AreNotServed_WhenPrometheusIsNotEnabled()
    {
        using var anonymous = Factory.CreateClient();

        var response = await anonymous.GetAsync(Telemetry.PrometheusPath, Ct);

        response.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldNotContain("http_server_request_duration_seconds");
    }

    /// <summary>The exporter adds from its own thread (background work is traced too) while the test reads.</summary>
    private sealed class SynchronizedActivities : System.Collections.ObjectModel.Collection<Activity>
    {
        private readonly Lock _gate = new();

        public Activity[] Snapshot()
        {
            lock (_gate)
            {
                return [.. Items];
            }
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (_gate)
            {
                base.InsertItem(index, item);
            }
        }
    }
}
