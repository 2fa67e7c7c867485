using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using ThiDua.Infrastructure.Persistence.Idempotency;

namespace ThiDua.Api.OpenApi;

/// <summary>
/// Completes the document as a contract (ADR 0017): one <c>Problem</c> schema for every error response, the headers the
/// API reads and writes (<c>If-Match</c>, <c>If-None-Match</c>, <c>Idempotency-Key</c>; <c>ETag</c>, <c>Location</c>,
/// <c>Retry-After</c>, <c>Idempotent-Replayed</c>), the statuses every operation can answer (401, 403, 413, 429),
/// servers and tag descriptions.
/// </summary>
internal sealed partial class ContractDocumentFilter : IDocumentFilter
{
    public const string ProblemSchema = "Problem";

    private static readonly string[] FrameworkProblemSchemas = ["ProblemDetails", "HttpValidationProblemDetails"];

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Units"] = "Đơn vị — organisation units (Sở, hospitals, centres, departments), their 2025 reorganisation history, ratings, awards and eligibility.",
        ["Clusters"] = "Cụm, khối thi đua — emulation clusters and blocks of a managing authority, with their yearly terms, head and deputy.",
        ["Covenants"] = "Giao ước thi đua — the yearly covenant of a cluster: contents and criteria, signatures, self/peer/verified scores and the ranked scoreboard.",
        ["Campaigns"] = "Phong trào thi đua — campaigns launched by a letter, with phases, contents, scope, the final review and the summary.",
        ["Campaign registrations"] = "Đăng ký thi đua — units' registrations of target titles and emulation models, and their review.",
        ["Campaign reports"] = "Báo cáo sơ kết, tổng kết — phase and final reports with indicators against the campaign's targets.",
        ["People"] = "Cán bộ, công chức, viên chức — staff with employment, ratings, initiatives, disciplines and holds, award history and eligibility. Personal data is masked for those not entitled.",
        ["Award history"] = "Khen thưởng — awards recorded from decisions or imported, and their revocation.",
        ["Nominations"] = "Hồ sơ đề nghị khen thưởng — dossiers from draft through eligibility, council votes and the numbered decision.",
        ["Award types"] = "Danh hiệu, hình thức khen thưởng — the award catalogue, dated rule sets with their legal bases, and province parameters.",
        ["Audit"] = "Nhật ký — the append-only audit trail (administrators and councils).",
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(swaggerDoc);
        swaggerDoc.Servers =
        [
            new OpenApiServer
            {
                Url = "/",
                Description = "This deployment, whichever environment it is (local, test, staging or production): the API and its document share one origin.",
                Extensions = new Dictionary<string, IOpenApiExtension>(StringComparer.Ordinal) { ["x-internal"] = new JsonNodeExtension(JsonValue.Create(false)) },
            },
        ];
        swaggerDoc.Tags = new HashSet<OpenApiTag>(
            TagDescriptions.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
        swaggerDoc.Components ??= new OpenApiComponents();
        swaggerDoc.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        swaggerDoc.Components.Schemas[ProblemSchema] = Problem();
        foreach (var (path, item) in swaggerDoc.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                Complete(swaggerDoc, path, method, operation);
            }
        }

        DescribeFiles(swaggerDoc, context);

        foreach (var name in FrameworkProblemSchemas)
        {
            swaggerDoc.Components.Schemas.Remove(name);
        }
    }

    private static void Complete(OpenApiDocument document, string path, HttpMethod method, OpenApiOperation operation)
    {
        operation.Responses ??= [];
        operation.Parameters ??= [];
        var api = path.StartsWith("/api/", StringComparison.Ordinal);

        // The public certificate verification (ADR 0027): no authentication, its own rate limit.
        var verification = path.StartsWith("/verify/", StringComparison.Ordinal);
        if (verification)
        {
            AddProblem(document, operation, "429", "Too many verifications from this address (`request.rate_limited`); retry after `Retry-After` seconds.");
        }

        if (api)
        {
            AddProblem(document, operation, "401", "The bearer token is missing, expired or invalid (`auth.unauthenticated`).");
            AddProblem(document, operation, "403", "The caller may not do this: role, scope or unit (`auth.*`).");
            AddProblem(document, operation, "429", "Too many requests from this client (`request.rate_limited`); retry after `Retry-After` seconds.");
            if (operation.RequestBody is not null)
            {
                AddProblem(document, operation, "413", "The request body exceeds the allowed size (`request.too_large`).");
            }
        }

        foreach (var response in operation.Responses.Values.OfType<OpenApiResponse>())
        {
            foreach (var media in (response.Content ?? new Dictionary<string, OpenApiMediaType>()).Values)
            {
                if (media.Schema is OpenApiSchemaReference reference && FrameworkProblemSchemas.Contains(reference.Reference.Id))
                {
                    media.Schema = new OpenApiSchemaReference(ProblemSchema, document);
                }
            }
        }

        var conditional = operation.Responses.ContainsKey("412");
        var cacheable = operation.Responses.ContainsKey("304");
        if (conditional && method != HttpMethod.Get)
        {
            operation.Parameters.Add(Header("If-Match", ContractBounds.RequestHeadersMaxLength, "The `ETag` of the version read. A stale tag gets 412 (`precondition_failed`); without it, a concurrent change gets 409 (`concurrency_conflict`)."));
        }

        if (cacheable)
        {
            operation.Parameters.Add(Header("If-None-Match", ContractBounds.RequestHeadersMaxLength, "An `ETag` read before: 304 without a body when nothing changed."));
        }

        if (method == HttpMethod.Post && api)
        {
            operation.Parameters.Add(Header("Idempotency-Key", IdempotencyStore.MaxKeyLength, "A client-chosen key (up to 200 characters) that makes a retry safe: the first answer is replayed for 24 hours, marked `Idempotent-Replayed: true`."));
        }

        foreach (var (status, response) in operation.Responses.Where(r => r.Key.StartsWith('2')).Select(r => (r.Key, r.Value)).ToList())
        {
            if (response is not OpenApiResponse concrete)
            {
                continue;
            }

            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
            if ((conditional || cacheable) && status is "200" or "201")
            {
                concrete.Headers.TryAdd("ETag", ResponseHeader("The version of the resource (or of the computed representation), for `If-Match` and `If-None-Match`."));
            }

            if (status == "201")
            {
                concrete.Headers.TryAdd("Location", ResponseHeader("The URL of the created resource."));
            }

            if (method == HttpMethod.Post && api)
            {
                concrete.Headers.TryAdd("Idempotent-Replayed", ResponseHeader("`true` when this answer replays the first answer to the same `Idempotency-Key`."));
            }
        }

        if (api || verification)
        {
            var acceptLanguage = Header("Accept-Language", ContractBounds.RequestHeadersMaxLength, "The language of problem titles, details and validation messages (ADR 0019): Vietnamese (`vi`) by default, English for `en` (`en-US`, …); any other language gets Vietnamese. Codes never change.");
            ((OpenApiSchema)acceptLanguage.Schema!).Pattern = @"^[A-Za-z0-9*\-.,;= ]*$";
            operation.Parameters.Add(acceptLanguage);
            foreach (var response in operation.Responses.Where(r => r.Key[0] == '4').Select(r => r.Value).OfType<OpenApiResponse>())
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
                response.Headers.TryAdd("Content-Language", new OpenApiHeader
                {
                    Description = "The language of the problem's title, detail and messages.",
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        MaxLength = 2,
                        Enum = [JsonValue.Create(ThiDua.Api.ErrorHandling.ApiLanguage.Vietnamese)!, JsonValue.Create(ThiDua.Api.ErrorHandling.ApiLanguage.English)!],
                    },
                });
            }

            foreach (var response in operation.Responses.Where(r => r.Key[0] is '2' or '4').Select(r => r.Value).OfType<OpenApiResponse>())
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
                response.Headers.TryAdd("RateLimit-Policy", ResponseHeader("The client's quota: `\"default\";q=<requests>;w=<seconds>` (IETF RateLimit header fields). Absent when rate limiting is off."));
                response.Headers.TryAdd("RateLimit", ResponseHeader("Where the client stands: `\"default\";r=<remaining>;t=<seconds until the window resets>`. Absent when rate limiting is off."));
                response.Headers.TryAdd("Access-Control-Allow-Origin", ResponseHeader("The calling browser origin, when it is one of the configured `Cors:AllowedOrigins`.", ContractBounds.RequestHeadersMaxLength));
            }
        }

        if (operation.Responses.TryGetValue("429", out var tooMany) && tooMany is OpenApiResponse limited)
        {
            limited.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
            limited.Headers.TryAdd("Retry-After", ResponseHeader("Seconds to wait before retrying."));
        }
    }

    /// <summary>
    /// A success response declared with a file's content type and no body type (e.g. <c>ranking.xlsx</c>) is that file:
    /// binary content of the declared media type.
    /// </summary>
    private static void DescribeFiles(OpenApiDocument document, DocumentFilterContext context)
    {
        foreach (var description in context.ApiDescriptions)
        {
            var path = "/" + RouteConstraint().Replace(description.RelativePath?.Split('?')[0] ?? string.Empty, "{$1}");
            if (!document.Paths.TryGetValue(path, out var item) || item.Operations is null
                || !item.Operations.TryGetValue(new HttpMethod(description.HttpMethod ?? "GET"), out var operation))
            {
                continue;
            }

            var declared = description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Http.Metadata.IProducesResponseTypeMetadata>()
                .Where(m => m.Type is null || m.Type == typeof(void));
            foreach (var produces in declared)
            {
                var files = produces.ContentTypes.Where(m => !m.Contains("json", StringComparison.OrdinalIgnoreCase)).ToList();
                if (files.Count == 0 || operation.Responses?.GetValueOrDefault(produces.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)) is not OpenApiResponse response)
                {
                    continue;
                }

                response.Content ??= new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
                foreach (var media in files)
                {
                    response.Content.TryAdd(media, new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } });
                }
            }
        }
    }

    private static void AddProblem(OpenApiDocument document, OpenApiOperation operation, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ProblemSchema, document) },
            },
        };
    }

    private static OpenApiParameter Header(string name, int maxLength, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = false,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength },
    };

    /// <summary>A response header; the API writes at most 200 characters in each (tags, URLs, quotas), except an echoed origin.</summary>
    private static OpenApiHeader ResponseHeader(string description, int maxLength = 200) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength },
    };

    /// <summary>RFC 9457 problem details with ThiDua's stable <c>code</c> and the request's <c>traceId</c> (ADR 0002).</summary>
    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem. `code` is stable and machine-readable; `title` and `detail` are for people; `errors` lists field errors of a 400 `validation_failed`.",
        Required = new HashSet<string>(StringComparer.Ordinal) { "type", "title", "status", "code", "traceId" },
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A URI reference that identifies the problem type.", MaxLength = 2000 },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A short summary of the problem type.", MaxLength = 500 },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "400", Maximum = "599", Description = "The HTTP status." },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What went wrong in this request.", MaxLength = ContractBounds.ProblemDetailMaxLength },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request path.", MaxLength = ContractBounds.RequestLineMaxLength },
            ["code"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "The stable error code, e.g. `nomination.wrong_state`, `validation_failed`, `concurrency_conflict`.",
                MaxLength = 100,
                Examples = [JsonValue.Create(ThiDua.Domain.Nominations.NominationErrors.WrongState.Code)],
            },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The request's trace id, for support.", MaxLength = 200 },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Field errors by camelCase path (400 `validation_failed` only).",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, MaxItems = ContractBounds.ProblemMessagesPerField, Items = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = ContractBounds.ProblemMessageMaxLength } },
            },
        },
    };

    /// <summary>A route parameter with its constraint (<c>{covenantId:guid}</c>), as the document writes it without.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial System.Text.RegularExpressions.Regex RouteConstraint();
}
