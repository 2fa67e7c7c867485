using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Application.Audit.ListAuditEntries;
using ThiDua.Application.Awards;
using ThiDua.Application.CampaignRegistrations;
using ThiDua.Application.CampaignReports;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Application.Covenants;
using ThiDua.Application.Documents;
using ThiDua.Application.Eligibility;
using ThiDua.Application.Covenants.ExportCovenantRanking;
using ThiDua.Application.EmulationClusters;
using ThiDua.Application.Events.GetEventFeed;
using ThiDua.Application.Events.Webhooks;
using ThiDua.Application.Nominations;
using ThiDua.Application.People;
using ThiDua.Application.Units;
using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.CampaignReports;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.CovenantAssessments;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.Documents;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.Units;
using ThiDua.Infrastructure.Documents;
using ThiDua.Infrastructure.Persistence;
using ThiDua.Infrastructure.Persistence.Concurrency;
using ThiDua.Infrastructure.Persistence.Documents;
using ThiDua.Infrastructure.Persistence.Events;
using ThiDua.Infrastructure.Persistence.Idempotency;
using ThiDua.Infrastructure.Persistence.Queries;
using ThiDua.Infrastructure.Persistence.Repositories;
using ThiDua.Infrastructure.Persistence.ScaleOut;
using ThiDua.Infrastructure.Spreadsheets;

namespace ThiDua.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "ThiDua";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"Connection string 'ConnectionStrings:{ConnectionStringName}' is not configured.");
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = database.ForRequests(configured);

        services.AddDbContext<ThiDuaDbContext>((sp, options) =>
        {
            // A read routed to a replica (ADR 0031) brings its own open connection; everything else uses the primary.
            if (sp.GetService<DatabaseRoute>()?.Connection is { } routed)
            {
                ConfigureDbContext(options, routed);
            }
            else
            {
                ConfigureDbContext(options, connectionString);
            }

            options.AddInterceptors(sp.GetServices<IInterceptor>());
        });
        AddScaleOut(services, configuration, database, connectionString);
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<ThiDuaDbContext>());
        services.AddScoped<IReadAfterWrite>(sp => sp.GetRequiredService<ThiDuaDbContext>());
        services.AddScoped<RowLocks>();
        services.AddScoped<IRowLocks>(sp => sp.GetRequiredService<RowLocks>());
        services.AddScoped<ITransientConflicts, TransientConflicts>();
        services.AddScoped<IUnitRepository, UnitRepository>();
        services.AddScoped<IClusterRepository, ClusterRepository>();
        services.AddScoped<ICovenantRepository, CovenantRepository>();
        services.AddScoped<ICampaignRepository, CampaignRepository>();
        services.AddScoped<ICampaignQueries, CampaignQueries>();
        services.AddScoped<ICampaignRegistrationRepository, CampaignRegistrationRepository>();
        services.AddScoped<IRegistrationQueries, RegistrationQueries>();
        services.AddScoped<ICampaignReportRepository, CampaignReportRepository>();
        services.AddScoped<IReportQueries, ReportQueries>();
        services.AddScoped<IPersonRepository, PersonRepository>();
        services.AddScoped<IAwardRecordRepository, AwardRecordRepository>();
        services.AddScoped<IPersonQueries, PersonQueries>();
        services.AddScoped<AwardQueries>();
        services.AddScoped<IAwardQueries>(sp => sp.GetRequiredService<AwardQueries>());
        services.AddScoped<ThiDua.Application.Awards.LookUpAwards.IAwardLookupQueries, AwardLookupQueries>();
        services.AddScoped<IEligibilityFacts, EligibilityFactsReader>();
        services.AddScoped<INominationRepository, NominationRepository>();
        services.AddScoped<IProvinceParametersRepository, ProvinceParametersRepository>();
        services.AddScoped<IProvincialAwardTypeRepository, ProvincialAwardTypeRepository>();
        services.AddScoped<IRegistrationFacts, RegistrationFactsReader>();
        services.AddScoped<INominationQueries, NominationQueries>();
        services.AddScoped<ICovenantAssessmentRepository, CovenantAssessmentRepository>();
        services.AddScoped<ICovenantQueries, CovenantQueries>();
        services.AddSingleton<IRankingSpreadsheetWriter, RankingSpreadsheetWriter>();
        services.AddSingleton<ThiDua.Application.Awards.ExportAwardLookup.IAwardLookupSpreadsheetWriter, AwardLookupSpreadsheetWriter>();
        services.AddScoped<ThiDua.Application.Statistics.IStatisticsFacts, StatisticsFacts>();
        services.AddScoped<ThiDua.Application.Statistics.IApparatusRegisterQueries, ApparatusRegisterQueries>();
        services.AddScoped<ThiDua.Domain.Statistics.IApparatusRegisterRepository, ApparatusRegisterRepository>();
        services.AddSingleton<ThiDua.Application.Statistics.IStatisticalReportSpreadsheetWriter, StatisticalReportSpreadsheetWriter>();
        services.AddScoped<CommandScope>();
        services.AddScoped<ReadCommands>();
        services.AddScoped<IUnitQueries, UnitQueries>();
        services.AddScoped<IDocumentRepository, DocumentRepository>();
        services.AddScoped<IDocumentQueries, DocumentQueries>();
        services.AddScoped<Application.Common.Documents.IDocumentCitations, DocumentCitations>();
        services.AddScoped<IDocumentFileStore, DocumentFileStore>();
        services.AddOptions<DocumentOptions>().Bind(configuration.GetSection(DocumentOptions.Section));
        services.AddOptions<Application.DataImports.ImportOptions>().Bind(configuration.GetSection(Application.DataImports.ImportOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Application.DataImports.ImportOptions>>().Value);
        services.AddScoped<Persistence.DataImports.ImportJobStore>();
        services.AddScoped<Application.DataImports.IImportJobs>(sp => sp.GetRequiredService<Persistence.DataImports.ImportJobStore>());
        services.AddScoped<Application.DataImports.IImportLookups, Persistence.DataImports.ImportLookups>();
        services.AddScoped<Application.DataImports.IImportSession, Persistence.DataImports.ImportSession>();
        services.AddSingleton<Application.DataImports.IWorkbookReader, XlsxWorkbookReader>();
        services.AddSingleton<Application.DataImports.IImportTemplateWriter, ImportTemplateWriter>();
        services.AddSingleton<IPdfSignatureVerifier>(sp => new PdfSignatureVerifier(PdfSignatureVerifier.LoadAnchors(
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DocumentOptions>>().Value.TrustAnchors, AppContext.BaseDirectory)));
        services.AddScoped<IClusterQueries, ClusterQueries>();
        services.AddScoped<IAuditQueries, AuditQueries>();
        services.AddScoped<ThiDua.Application.Audit.IReadAudit, Persistence.Audit.ReadAudit>();
        services.AddScoped<IEventFeedQueries, EventFeedQueries>();
        services.AddScoped<IWebhookSubscriptions, WebhookSubscriptionStore>();
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection(WebhookOptions.Section))
            .Validate(o => WebhookSecretProtector.Problem(o.SecretKeys) is null, "Webhooks:SecretKeys entries are 'id:base64 of 32 bytes', with distinct ids.")
            .Validate<Microsoft.Extensions.Hosting.IHostEnvironment>(
                (o, environment) => !Microsoft.Extensions.Hosting.HostEnvironmentEnvExtensions.IsProduction(environment) || o.SecretKeys.Count > 0,
                "Webhooks:SecretKeys is required in Production: subscription secrets are encrypted at rest (ADR 0025).")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookOptions>>().Value);
        services.AddSingleton<WebhookSecretProtector>();
        services.AddHttpClient(WebhookDeliveryService.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddSingleton<WebhookDeliveryService>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDeliveryService>());
        services.AddSingleton<IdempotencyStore>();
        services.AddScoped<Domain.Certificates.ICertificateRepository, Certificates.CertificateRepository>();
        services.AddScoped<Application.Certificates.ICertificateRegister, Certificates.CertificateRegister>();
        services.AddScoped<Application.Certificates.ICertificateQueries, Certificates.CertificateQueries>();
        services.AddSingleton<Application.Certificates.ICertificateRenderer, Certificates.PdfCertificateRenderer>();
        services.AddSingleton<Application.Certificates.ICertificateLinks, Certificates.CertificateLinks>();
        services.AddOptions<IdempotencyOptions>().Bind(configuration.GetSection(IdempotencyOptions.Section));
        services.AddHostedService<IdempotencyPurgeService>();
        services.AddHealthChecks()
            .AddCheck<MigrationsAppliedHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    internal static void ConfigureDbContext(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, Npgsql).UseSnakeCaseNamingConvention();

    private static void ConfigureDbContext(DbContextOptionsBuilder options, System.Data.Common.DbConnection connection) =>
        options.UseNpgsql(connection, Npgsql).UseSnakeCaseNamingConvention();

    private static void Npgsql(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql
            .MigrationsHistoryTable(ThiDuaDbContext.MigrationsHistoryTable, ThiDuaDbContext.Schema)
            .MigrationsAssembly(typeof(ThiDuaDbContext).Assembly.FullName)

            // Aggregates own several collections (a unit's lineage events and ratings; a person's employment,
            // ratings, initiatives, disciplines): one query per collection avoids a cartesian product of rows.
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery);

    /// <summary>
    /// Scale-out (ADR 0031): the rate limits and read fences every instance shares, in the primary; and, when
    /// <c>ConnectionStrings:ThiDuaReads</c> is set, a per-request route that sends reads to a streaming replica.
    /// </summary>
    private static void AddScaleOut(IServiceCollection services, IConfiguration configuration, DatabaseOptions database, string primaryConnectionString)
    {
        services.AddSingleton(new PrimaryDatabase(primaryConnectionString));
        services.AddSingleton<ClientWindowStore>();
        services.AddHostedService<ClientWindowPurgeService>();
        var reads = configuration.GetConnectionString(ReadReplicaOptions.ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(reads))
        {
            var options = configuration.GetSection(ReadReplicaOptions.Section).Get<ReadReplicaOptions>() ?? new ReadReplicaOptions();
            services.AddSingleton(new ReadReplica(database.ForRequests(reads), options));
        }

        services.AddScoped(sp => new DatabaseRoute(sp.GetService<ReadReplica>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<DatabaseRoute>>()));
    }
}
