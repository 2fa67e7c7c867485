using System.Text.Json;
using System.Text.Json.Serialization;
using Asp.Versioning;
using Mediator;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.Json;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Http;
using ThiDua.Api.OpenApi;
using ThiDua.Api.Security;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Behaviors;
using ThiDua.Application.Common.Security;

namespace ThiDua.Api;

public static class DependencyInjection
{
    /// <summary>Default request body limit: 1 MiB (<c>Limits:MaxRequestBodyBytes</c>).</summary>
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public static IServiceCollection AddApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            // Both: domain events (notifications) live in Domain, their handlers in Application.
            options.Assemblies = [typeof(AccessGuard), typeof(ThiDua.Domain.Units.OrganisationUnit)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(ConcurrencyRetryBehavior<,>),
                typeof(UnitOfWorkBehavior<,>),
                typeof(IdempotencyBehavior<,>),
                typeof(LockingBehavior<,>),
                typeof(DocumentLinkBehavior<,>),
            ];
        });

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<DataImports.ImportWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<DataImports.ImportWorker>());
        services.AddHostedService(sp => new Hosting.NativeMemoryTrimmer(
            configuration.GetValue(Hosting.NativeMemoryTrimmer.IntervalKey, Hosting.NativeMemoryTrimmer.DefaultInterval),
            sp.GetRequiredService<ILogger<Hosting.NativeMemoryTrimmer>>()));
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddSingleton<IIntegrationClients, ConfiguredIntegrationClients>();

        services.Configure<JsonOptions>(options => ConfigureJson(options.SerializerOptions));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            problem.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
            problem.Extensions.TryAdd("code", ProblemCodes.ForStatus(status));

            // The framework's own problems (401, 404 without a route, 405, 500, …) say nothing of ours: give them a title
            // and a detail in the request's language. Ours are written in that language already (ADR 0019).
            if (problem.Detail is null && ProblemTitles.ForStatus(status) is { } title && ProblemCodes.ErrorForStatus(status) is { } error)
            {
                var english = ApiLanguage.IsEnglish(context.HttpContext);
                problem.Title = english ? title.En : title.Vi;
                problem.Detail = english ? error.Text.En : error.Text.Vi;
            }

            context.HttpContext.Response.Headers.ContentLanguage = ApiLanguage.Tag(context.HttpContext);
            context.HttpContext.Response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, Microsoft.Net.Http.Headers.HeaderNames.AcceptLanguage);

            // A detail or a message can quote the request (an unknown field's name, a criterion's code); the document
            // promises their bounds (ADR 0017, "Lint").
            problem.Detail = ContractBounds.Cut(problem.Detail, ContractBounds.ProblemDetailMaxLength);
            if (problem is HttpValidationProblemDetails validation)
            {
                foreach (var field in validation.Errors.Keys.ToList())
                {
                    validation.Errors[field] = validation.Errors[field].Take(ContractBounds.ProblemMessagesPerField)
                        .Select(m => ContractBounds.Cut(m, ContractBounds.ProblemMessageMaxLength)!).ToArray();
                }
            }
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.Configure<RequestLocalizationOptions>(ApiLanguage.Configure);
        services.AddConfiguredCors(configuration);

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        WithoutDataProtectionAtStart(services);
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            // Keep JWT claim names (sub, role, unit_id, scope) as they are.
            options.MapInboundClaims = false;
            options.TokenValidationParameters.RoleClaimType = ThiDuaClaims.Role;
            options.TokenValidationParameters.NameClaimType = ThiDuaClaims.Name;

            // Validated tokens are reused until they expire, bounded (ADR 0035).
            CachingTokenHandlerSetup.Use(options);
        });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .PostConfigure<IHostEnvironment, IConfiguration>((options, environment, configuration) =>
                TokenValidation.Harden(options, environment, configuration))
            .ValidateOnStart();
        services.AddAuthorization(Policies.Register);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ForbiddenResultHandler>();

        services.AddApiVersioning(options =>
            {
                options.DefaultApiVersion = new ApiVersion(1, 0);
                options.ReportApiVersions = true;
                options.ApiVersionReader = new Http.ApiPathVersionReader();
            })
            .AddApiExplorer(options =>
            {
                options.GroupNameFormat = "'v'VVV";
                options.SubstituteApiVersionInUrl = true;
            });
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen();
        services.ConfigureOptions<ConfigureSwaggerOptions>();
        services.AddSingleton<XmlDocs>();
        services.AddSingleton<ValidatorBounds>();

        // The document describes the JSON the API really reads and writes: string enums, camelCase, our converters.
        services.AddSingleton<Swashbuckle.AspNetCore.SwaggerGen.ISerializerDataContractResolver>(provider =>
            new Swashbuckle.AspNetCore.SwaggerGen.JsonSerializerDataContractResolver(
                provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<JsonOptions>>().Value.SerializerOptions));

        return services;
    }

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.AllowDuplicateProperties = false;

        // The schemas say additionalProperties: false; a misspelt field must not be dropped silently.
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.Converters.Add(new CleanStringJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(EnumNaming.Policy, allowIntegerValues: false));
    }

    /// <summary>
    /// The name of the hosted service with which <c>AddAuthentication</c>'s data protection (there for cookie schemes)
    /// loads its key ring at start, creating a key file on the first run.
    /// </summary>
    internal const string DataProtectionHostedService = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    /// <summary>
    /// This API authenticates bearer tokens only and protects nothing with data protection (webhook secrets have their own
    /// keys, ADR 0025), so its key ring is not loaded at start: that loaded the XML libraries and a key directory's file
    /// watcher into every instance (issue 13 target 4, ADR 0037 amendment of session 11). Data protection still works,
    /// lazily, should anything ask for it.
    /// </summary>
    private static void WithoutDataProtectionAtStart(IServiceCollection services)
    {
        foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == DataProtectionHostedService).ToList())
        {
            services.Remove(hosted);
        }
    }
}
