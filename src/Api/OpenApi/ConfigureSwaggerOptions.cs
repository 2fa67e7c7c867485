using Asp.Versioning.ApiExplorer;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ThiDua.Api.OpenApi;

/// <summary>One OpenAPI document per API version, with bearer authentication for the Authorize button.</summary>
internal sealed class ConfigureSwaggerOptions(IApiVersionDescriptionProvider versions) : IConfigureOptions<SwaggerGenOptions>
{
    public const string BearerScheme = "Bearer";

    /// <summary>The project's licence: the <c>LICENSE</c> file at the repository root (ADR 0042).</summary>
    public const string LicenseName = "Apache-2.0";

    public const string LicenseUrl = "https://www.apache.org/licenses/LICENSE-2.0";

    public void Configure(SwaggerGenOptions options)
    {
        foreach (var description in versions.ApiVersionDescriptions)
        {
            options.SwaggerDoc(description.GroupName, new OpenApiInfo
            {
                Title = "ThiDua API",
                Version = description.ApiVersion.ToString(),
                Description = "Emulation and commendation (thi đua – khen thưởng) for provincial health departments (Sở Y tế), "
                    + "their hospitals and centres, and the emulation clusters and blocks they belong to: organisation units and "
                    + "their reorganisation history; clusters and their yearly terms; covenants, signatures, scores and the ranked "
                    + "scoreboard; campaigns with registrations, reports and the final review; people, award histories, the award "
                    + "catalogue with dated rule sets and province parameters, eligibility rule by rule; nomination dossiers through "
                    + "council votes to the numbered decision. Errors are RFC 9457 problems (`Problem`) with a stable `code`; lists use "
                    + "keyset pagination (`limit`, `cursor`, `nextCursor`); single resources carry an `ETag` honoured by `If-Match`; "
                    + "POSTs accept an `Idempotency-Key`. The committed contract is `openapi/v1.json` in the repository."
                    + (description.IsDeprecated ? " This version is deprecated." : string.Empty),
                Contact = new OpenApiContact { Name = "ThiDua maintainers (see README.md in the repository)" },
                License = new OpenApiLicense { Name = LicenseName, Url = new Uri(LicenseUrl) }, // ADR 0042
            });
        }

        options.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A signed JWT, validated as RFC8725 advises: a signature is required (`alg: none` is refused) and the issuer, audience and lifetime are checked (the Microsoft.IdentityModel defaults, which ThiDua does not relax). Paste it without the 'Bearer ' prefix. Locally: the token printed by scripts/run.sh, or `scripts/mint-token.sh --role admin`.",
        });
        options.AddSecurityRequirement(document => new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [],
        });

        foreach (var xml in XmlDocs.Files)
        {
            var path = Path.Combine(AppContext.BaseDirectory, xml);
            if (File.Exists(path))
            {
                options.IncludeXmlComments(path);
            }
        }

        options.OperationFilter<DeprecatedOperationFilter>();
        options.OperationFilter<MultipartJsonPartFilter>();
        options.OperationFilter<ErrorCodeOperationFilter>();
        options.OperationFilter<QueryEnumOperationFilter>();
        options.OperationFilter<RequestExamplesOperationFilter>();
        options.SupportNonNullableReferenceTypes();
        options.CustomSchemaIds(SchemaIds.For);
        options.SchemaFilter<ContractSchemaFilter>();
        options.SchemaFilter<BoundsSchemaFilter>();
        options.SchemaFilter<ClrNumberSchemaFilter>();
        options.DocumentFilter<ContractDocumentFilter>();
        options.DocumentFilter<ErrorCodeDocumentFilter>();
        options.DocumentFilter<BoundsDocumentFilter>();
    }
}
