using Asp.Versioning.ApiExplorer;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ThiDua.Api.OpenApi;

/// <summary>One OpenAPI document per API version, with bearer authentication for the Authorize button.</summary>
internal sealed class ConfigureSwaggerOptions(IApiVersionDescriptionProvider versions) : IConfigureOptions<SwaggerGenOptions>
{
    public const string BearerScheme = "Bearer";

    public void Configure(SwaggerGenOptions options)
    {
        foreach (var description in versions.ApiVersionDescriptions)
        {
            options.SwaggerDoc(description.GroupName, new OpenApiInfo
            {
                Title = "ThiDua API",
                Version = description.ApiVersion.ToString(),
                Description = "Emulation and commendation (thi đua – khen thưởng) for provincial health departments: units, "
                    + "emulation clusters and blocks. Errors are RFC 9457 problems with a stable `code`; lists use keyset "
                    + "pagination (`limit`, `cursor`, `nextCursor`); single resources carry an `ETag` honoured by `If-Match`."
                    + (description.IsDeprecated ? " This version is deprecated." : string.Empty),
            });
        }

        options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "Paste a JWT (without the 'Bearer ' prefix). Locally: the token printed by scripts/run.sh, or `scripts/mint-token.sh --role admin`.",
        });
        options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [],
        });

        foreach (var xml in new[] { "ThiDua.Api.xml", "ThiDua.Application.xml", "ThiDua.Domain.xml" })
        {
            var path = Path.Combine(AppContext.BaseDirectory, xml);
            if (File.Exists(path))
            {
                options.IncludeXmlComments(path);
            }
        }

        options.OperationFilter<DeprecatedOperationFilter>();
        options.SupportNonNullableReferenceTypes();
        options.CustomSchemaIds(type => type.FullName!.Replace("ThiDua.", string.Empty, StringComparison.Ordinal).Replace('+', '.'));
    }
}
