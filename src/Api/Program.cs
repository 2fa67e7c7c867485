using Asp.Versioning;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ThiDua.Api;
using ThiDua.Api.Cli;
using ThiDua.Api.Endpoints;
using ThiDua.Api.Endpoints.Audit;
using ThiDua.Api.Endpoints.Awards;
using ThiDua.Api.Endpoints.AwardTypes;
using ThiDua.Api.Endpoints.CampaignRegistrations;
using ThiDua.Api.Endpoints.CampaignReports;
using ThiDua.Api.Endpoints.Certificates;
using ThiDua.Api.Endpoints.Campaigns;
using ThiDua.Api.Endpoints.Covenants;
using ThiDua.Api.Endpoints.Documents;
using ThiDua.Api.Endpoints.EmulationClusters;
using ThiDua.Api.Endpoints.Events;
using ThiDua.Api.Endpoints.Nominations;
using ThiDua.Api.Endpoints.People;
using ThiDua.Api.Endpoints.Statistics;
using ThiDua.Api.Endpoints.Units;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Http;
using ThiDua.Api.Observability;
using ThiDua.Application;
using ThiDua.Infrastructure;
using ThiDua.Infrastructure.Persistence;

// Command-line modes (see README): mint-token, migrate, seed-demo; otherwise the web API.
if (args.Length > 0 && CommandLine.IsCommand(args[0]))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration);
builder.Services.AddApi(builder.Configuration);
builder.Services.AddTelemetry(builder.Configuration);
builder.Logging.AddTraceCorrelatedLogs(builder.Environment);
var maxBodyBytes = builder.Configuration.GetValue("Limits:MaxRequestBodyBytes", ThiDua.Api.DependencyInjection.DefaultMaxRequestBodyBytes);
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Limits.MaxRequestBodySize = maxBodyBytes;
    kestrel.AddServerHeader = false;
});

var app = builder.Build();

if (app.Configuration.GetValue("Database:ApplyMigrationsOnStartup", false))
{
    await DatabaseMigrator.MigrateAsync(app.Services, CancellationToken.None);
}

// First: every later step, problems included, answers in the request's language (Accept-Language; ADR 0019).
app.UseRequestLocalization();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseMiddleware<PrivateCachingMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages();
// Before authentication: a browser's preflight carries no token.
app.UseCors();
app.UseMiddleware<RequestSizeLimitMiddleware>(maxBodyBytes);
app.UseMiddleware<QueryStringGuardMiddleware>();
// Swagger UI and documents are public (api-guidelines.md, Auth); they sit before authentication, on their own branch:
// other requests pass one path check instead of the document's route template, the UI's regex and its static files.
app.UseWhen(context => context.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase), swagger =>
{
    swagger.UseSwagger();
    swagger.UseSwaggerUI(options =>
    {
        foreach (var description in app.DescribeApiVersions())
        {
            options.SwaggerEndpoint($"/swagger/{description.GroupName}/swagger.json", $"ThiDua API {description.GroupName}");
        }

        // Tokens are not kept in the browser's local storage (issue 15 item 7): they are entered again after a reload.
    });
});

app.UseAuthentication();
app.UseMiddleware<RateLimiting>();
app.UseAuthorization();
// Reads to a replica when one is configured, with read-your-writes (ADR 0031).
app.UseMiddleware<ReadRouting>();
app.UseMiddleware<IdempotencyMiddleware>();

// Inner handler: turns use-case exceptions into problem responses inside the idempotency capture, so that a retry
// replays a 4xx answer as well. The outer handler above covers failures of the middleware itself.
app.UseExceptionHandler();

app.MapTelemetry();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions
{
    Predicate = check => check.Tags.Contains("ready"),
    ResultStatusCodes = { [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable },
}).AllowAnonymous();

var versions = app.NewApiVersionSet().HasApiVersion(new ApiVersion(1, 0)).ReportApiVersions().Build();
app.MapEndpointGroup<UnitEndpoints>(versions);
app.MapEndpointGroup<ClusterEndpoints>(versions);
app.MapEndpointGroup<CovenantEndpoints>(versions);
app.MapEndpointGroup<CampaignEndpoints>(versions);
app.MapEndpointGroup<CampaignRegistrationEndpoints>(versions);
app.MapEndpointGroup<CampaignReportEndpoints>(versions);
app.MapEndpointGroup<UnitRecordEndpoints>(versions);
app.MapEndpointGroup<PeopleEndpoints>(versions);
app.MapEndpointGroup<AwardEndpoints>(versions);
app.MapEndpointGroup<NominationEndpoints>(versions);
app.MapEndpointGroup<AwardTypeEndpoints>(versions);
app.MapEndpointGroup<RuleSetEndpoints>(versions);
app.MapEndpointGroup<ProvinceEndpoints>(versions);
app.MapEndpointGroup<StatisticsEndpoints>(versions);
app.MapEndpointGroup<AuditEndpoints>(versions);
app.MapEndpointGroup<DocumentEndpoints>(versions);
app.MapEndpointGroup<CertificateEndpoints>(versions);
app.MapEndpointGroup<CertificateTemplateEndpoints>(versions);
app.MapCertificateVerification(versions);
app.MapEndpointGroup<EventEndpoints>(versions);
app.MapEndpointGroup<WebhookSubscriptionEndpoints>(versions);
app.MapEndpointGroup<ThiDua.Api.Endpoints.DataImports.ImportEndpoints>(versions);

await app.RunAsync();
return 0;

/// <summary>Entry point; public for <c>WebApplicationFactory</c>.</summary>
public partial class Program;
