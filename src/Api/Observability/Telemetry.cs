using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ThiDua.Api.Observability;

/// <summary>
/// Traces and metrics (issue 13, ADR 0028): ASP.NET Core, outgoing HttpClient calls and Npgsql, plus .NET runtime
/// metrics. Exported over OTLP when an endpoint is configured (<c>OpenTelemetry:Otlp:Endpoint</c> or the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>), and scraped by Prometheus at <c>/metrics</c> when
/// <c>OpenTelemetry:Prometheus:Enabled</c> is true; traces are recorded when exported or when
/// <c>OpenTelemetry:Tracing:Enabled</c> is true (for a processor added in code). With none of these, nothing is
/// instrumented. Logs are JSON with the trace and span ids in Production.
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "thidua-api";
    public const string PrometheusPath = "/metrics";

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlpEndpoint = configuration["OpenTelemetry:Otlp:Endpoint"] ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var prometheus = PrometheusEnabled(configuration);
        var version = typeof(Telemetry).Assembly.GetName().Version?.ToString() ?? "unknown";

        var tracingEnabled = otlpEndpoint is { Length: > 0 } || configuration.GetValue("OpenTelemetry:Tracing:Enabled", false);
        if (!tracingEnabled && otlpEndpoint is not { Length: > 0 } && !prometheus)
        {
            // Nothing would read them: no instrumentation, no per-request cost.
            return services;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: version));
        if (tracingEnabled)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing
                    .AddAspNetCoreInstrumentation(options =>
                    {
                        // Probes and scrapes are not requests anyone traces.
                        options.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal)
                            && !context.Request.Path.StartsWithSegments(PrometheusPath, StringComparison.Ordinal);
                    })
                    .AddHttpClientInstrumentation()
                    .AddNpgsql();
                if (otlpEndpoint is { Length: > 0 })
                {
                    tracing.AddOtlpExporter(options => options.Endpoint = new Uri(otlpEndpoint));
                }
            });
        }

        telemetry.WithMetrics(metrics =>
        {
            metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation();
            if (otlpEndpoint is { Length: > 0 })
            {
                metrics.AddOtlpExporter(options => options.Endpoint = new Uri(otlpEndpoint));
            }

            if (prometheus)
            {
                metrics.AddPrometheusExporter();
            }
        });
        return services;
    }

    /// <summary>Maps <c>/metrics</c> (Prometheus text format, no token: scrape it from the private network only).</summary>
    public static void MapTelemetry(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (PrometheusEnabled(app.Configuration))
        {
            app.MapPrometheusScrapingEndpoint(PrometheusPath).AllowAnonymous();
        }
    }

    /// <summary>JSON console logs with scopes (trace id, span id) in Production; the plain console elsewhere.</summary>
    public static void AddTraceCorrelatedLogs(this ILoggingBuilder logging, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(logging);
        ArgumentNullException.ThrowIfNull(environment);
        logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (environment.IsProduction())
        {
            logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            });
        }
    }

    private static bool PrometheusEnabled(IConfiguration configuration) => configuration.GetValue("OpenTelemetry:Prometheus:Enabled", false);
}
