using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using ThiDua.Api.ErrorHandling;

namespace ThiDua.Api.OpenApi;

/// <summary>
/// The error codes in the document (ADR 0018). Per operation and per status, the problem response's <c>code</c> is an enum
/// of exactly the codes that operation can answer with that status: those its endpoint declares with
/// <see cref="EndpointErrors.Errors{TBuilder}"/> and those every operation of its kind can answer
/// (<see cref="GenericCodes"/>). The description's "Codes:" sentence is written from the declaration (codes the prose
/// already names are not repeated). <c>ProblemCode</c> is the whole catalogue, with each code's status and message.
/// </summary>
internal static partial class ErrorCodeDocumentation
{
    public const string ProblemCodeSchema = "ProblemCode";

    /// <summary>The codes an operation's problem response of <paramref name="status"/> carries whatever the endpoint declares.</summary>
    public static IEnumerable<ApiError> GenericCodes(int status, bool api, bool hasBody) => status switch
    {
        StatusCodes.Status400BadRequest => hasBody
            ? [FrameworkErrors.ValidationFailed, FrameworkErrors.MalformedRequest, FrameworkErrors.UnknownField]
            : [FrameworkErrors.ValidationFailed, FrameworkErrors.MalformedRequest],
        StatusCodes.Status401Unauthorized when api => [FrameworkErrors.Unauthenticated],
        StatusCodes.Status403Forbidden when api => [FrameworkErrors.Forbidden, FrameworkErrors.InsufficientScope, Application.Common.Security.AccessGuard.RoleNotAllowed],
        StatusCodes.Status412PreconditionFailed => [Application.Common.Exceptions.PreconditionFailedException.Error],
        StatusCodes.Status413PayloadTooLarge => [FrameworkErrors.RequestTooLarge],
        StatusCodes.Status429TooManyRequests => [FrameworkErrors.RateLimited],
        StatusCodes.Status500InternalServerError => [FrameworkErrors.ServerError],
        StatusCodes.Status503ServiceUnavailable => [FrameworkErrors.ServiceUnavailable],
        _ => [],
    };

    /// <summary>
    /// The errors an operation can answer because of its shape, whatever its endpoint declares: a POST to the API takes an
    /// <c>Idempotency-Key</c> (400, 409, 422); any write can end in 409 <c>concurrency_conflict</c>; a route parameter with a constraint (<c>{unitId:guid}</c>) that the value does
    /// not fit is no route (404 <c>resource.not_found</c>); a body of another content type is refused (415).
    /// </summary>
    public static IEnumerable<ApiError> ShapeCodes(string? relativePath, string? method, bool hasBody, Type? bodyType = null)
    {
        // A body that can cite a stored document (documentId) can name one that is not stored, or disagree with it (ADR 0029).
        if (bodyType is not null && DocumentReferences.CanCarry(bodyType))
        {
            yield return Domain.Documents.DocumentErrors.Unknown;
            yield return Domain.Documents.DocumentErrors.CitationMismatch;
        }

        var api = relativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
        if (api && string.Equals(method, HttpMethods.Post, StringComparison.OrdinalIgnoreCase))
        {
            yield return FrameworkErrors.IdempotencyKeyInvalid;
            yield return Application.Common.Idempotency.IdempotentRequest.InProgress;
            yield return FrameworkErrors.IdempotencyKeyReused;
        }

        // Any write can meet a deadlock or a serialisation failure twice (ADR 0020: retried once, then 409).
        if (api && method is not null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            yield return Application.Common.Exceptions.ConflictException.Concurrency;
        }

        if (relativePath is not null && ConstrainedParameter().IsMatch(relativePath))
        {
            yield return Application.Common.Exceptions.NotFoundErrors.Resource;
        }

        if (hasBody)
        {
            yield return FrameworkErrors.UnsupportedMediaType;
        }
    }

    /// <summary>The catalogued codes a description names in backquotes, in order.</summary>
    public static IReadOnlyList<string> CodesNamedIn(string? description) =>
        description is null
            ? []
            : QuotedCode().Matches(description).Select(m => m.Groups["code"].Value).Where(c => ErrorCatalogue.Find(c) is not null).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// "Codes: `a`, `b` (422); `c` (409)." for the declared codes the prose does not name, in declaration order, consecutive
    /// codes of one status grouped; empty when the prose names them all.
    /// </summary>
    public static string CodesSentence(IReadOnlyList<ApiError> declared, string? prose)
    {
        var named = CodesNamedIn(prose).ToHashSet(StringComparer.Ordinal);
        var rest = declared.Where(e => !named.Contains(e.Code)).ToList();
        if (rest.Count == 0)
        {
            return string.Empty;
        }

        var groups = new List<(int Status, string? Note, List<string> Codes)>();
        foreach (var error in rest)
        {
            if (groups.Count > 0 && groups[^1].Status == error.Status && groups[^1].Note is null && error.Note is null)
            {
                groups[^1].Codes.Add(error.Code);
            }
            else
            {
                groups.Add((error.Status, error.Note, [error.Code]));
            }
        }

        return "Codes: " + string.Join("; ", groups.Select(g =>
            string.Join(", ", g.Codes.Select(c => $"`{c}`")) + $" ({g.Status.ToString(CultureInfo.InvariantCulture)}{(g.Note is null ? string.Empty : ": " + g.Note)})")) + ".";
    }

    /// <summary>The problem schema of one response: <c>Problem</c> with <c>code</c> narrowed to <paramref name="codes"/>.</summary>
    public static IOpenApiSchema Narrowed(OpenApiDocument document, IEnumerable<string> codes) => new OpenApiSchema
    {
        AllOf =
        [
            new OpenApiSchemaReference(ContractDocumentFilter.ProblemSchema, document),
            new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                {
                    ["code"] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        MaxLength = MaxCodeLength,
                        Enum = codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(c => (JsonNode)JsonValue.Create(c)).ToList(),
                    },
                },
            },
        ],
    };

    public const int MaxCodeLength = 100;

    /// <summary>The whole catalogue as a string enum, each code described with its status and message.</summary>
    public static OpenApiSchema Catalogue()
    {
        var description = new StringBuilder("The stable error code of a problem: one of the error catalogue (ADR 0018). Each operation's problem responses narrow it to the codes that operation can answer with that status.\n\n| code | status | message |\n|---|---|---|\n");
        foreach (var error in ErrorCatalogue.All)
        {
            description.Append(CultureInfo.InvariantCulture, $"| `{error.Code}` | {error.Status} | {error.Message.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        return new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            MaxLength = MaxCodeLength,
            Description = description.ToString().TrimEnd('\n'),
            Enum = ErrorCatalogue.All.Select(e => (JsonNode)JsonValue.Create(e.Code)).ToList(),
        };
    }

    /// <summary>The reason phrase of a status, as the generator writes it for declared responses.</summary>
    public static string Reason(int status) => ReasonPhrases.GetReasonPhrase(status);

    [GeneratedRegex(@"\{\w+:[^}]+\}")]
    private static partial Regex ConstrainedParameter();

    [GeneratedRegex(@"`(?<code>[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)?)`")]
    private static partial Regex QuotedCode();
}

/// <summary>
/// Per operation: writes the description's "Codes:" sentence from the endpoint's declared errors, adds a problem response
/// for each declared status the endpoint does not already produce, and narrows <c>code</c> in every problem response it
/// has by then. Runs before <see cref="ContractDocumentFilter"/>, which then adds the headers every response carries.
/// </summary>
internal sealed class ErrorCodeOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var declared = EndpointErrors.Of(context.ApiDescription.ActionDescriptor.EndpointMetadata);
        var sentence = ErrorCodeDocumentation.CodesSentence(declared, operation.Description);
        if (sentence.Length > 0)
        {
            operation.Description = string.IsNullOrWhiteSpace(operation.Description) ? sentence : operation.Description.TrimEnd() + " " + sentence;
        }

        operation.Responses ??= [];
        var api = context.ApiDescription.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
        var hasBody = operation.RequestBody is not null;
        var bodyType = context.ApiDescription.ParameterDescriptions
            .FirstOrDefault(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Body)?.Type;
        declared = [.. declared, .. ErrorCodeDocumentation.ShapeCodes(context.ApiDescription.RelativePath, context.ApiDescription.HttpMethod, hasBody, bodyType)];
        foreach (var status in declared.Select(e => e.Status).Distinct())
        {
            var key = status.ToString(CultureInfo.InvariantCulture);
            if (!operation.Responses.ContainsKey(key))
            {
                operation.Responses[key] = new OpenApiResponse
                {
                    Description = ErrorCodeDocumentation.Reason(status),
                    Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                    {
                        ["application/problem+json"] = new OpenApiMediaType(),
                    },
                };
            }
        }

        foreach (var (key, response) in operation.Responses)
        {
            if (response is not OpenApiResponse concrete || !int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var status) || status < 400
                || concrete.Content?.TryGetValue("application/problem+json", out var media) != true)
            {
                continue;
            }

            var codes = declared.Where(e => e.Status == status).Concat(ErrorCodeDocumentation.GenericCodes(status, api, hasBody)).Select(e => e.Code).ToList();
            if (codes.Count > 0)
            {
                media!.Schema = ErrorCodeDocumentation.Narrowed(context.Document, codes);
            }
        }
    }
}

/// <summary>
/// After <see cref="ContractDocumentFilter"/> (which adds 401, 403, 413 and 429 to every API operation): narrows the
/// <c>code</c> of those responses, and of any other problem response still carrying the bare <c>Problem</c>, to the codes
/// every operation can answer with that status; gives every API operation the shared 500 (<c>server.error</c>) and 503
/// (<c>server.unavailable</c>, the database unreachable) responses;
/// and adds the catalogue as <c>ProblemCode</c>, the type of <c>Problem.code</c>.
/// </summary>
internal sealed class ErrorCodeDocumentFilter : IDocumentFilter
{
    public const string ServerErrorResponse = "ServerError";

    public const string UnavailableResponse = "ServiceUnavailable";

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(swaggerDoc);
        swaggerDoc.Components ??= new OpenApiComponents();
        swaggerDoc.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        swaggerDoc.Components.Schemas[ErrorCodeDocumentation.ProblemCodeSchema] = ErrorCodeDocumentation.Catalogue();
        if (swaggerDoc.Components.Schemas.TryGetValue(ContractDocumentFilter.ProblemSchema, out var problem) && problem is OpenApiSchema { Properties: { } properties })
        {
            properties["code"] = new OpenApiSchemaReference(ErrorCodeDocumentation.ProblemCodeSchema, swaggerDoc);
        }

        swaggerDoc.Components.Responses ??= new Dictionary<string, IOpenApiResponse>(StringComparer.Ordinal);
        swaggerDoc.Components.Responses[ServerErrorResponse] = new OpenApiResponse
        {
            Description = "An unexpected error (`server.error`): nothing internal is shown; `traceId` identifies it for support.",
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/problem+json"] = new OpenApiMediaType { Schema = ErrorCodeDocumentation.Narrowed(swaggerDoc, [FrameworkErrors.ServerError.Code]) },
            },
        };
        swaggerDoc.Components.Responses[UnavailableResponse] = new OpenApiResponse
        {
            Description = "The database is unavailable for the moment (`server.unavailable`): nothing was changed; retry after `Retry-After` seconds.",
            Headers = new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal)
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before retrying.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
                },
                ["Access-Control-Allow-Origin"] = new OpenApiHeader
                {
                    Description = "The calling browser origin, when it is one of the configured `Cors:AllowedOrigins`.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = ContractBounds.RequestHeadersMaxLength },
                },
            },
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/problem+json"] = new OpenApiMediaType { Schema = ErrorCodeDocumentation.Narrowed(swaggerDoc, [FrameworkErrors.ServiceUnavailable.Code]) },
            },
        };
        foreach (var (path, item) in swaggerDoc.Paths)
        {
            var api = path.StartsWith("/api/", StringComparison.Ordinal);
            foreach (var operation in (item.Operations ?? []).Values)
            {
                var hasBody = operation.RequestBody is not null;
                if (api)
                {
                    operation.Responses ??= [];
                    operation.Responses.TryAdd("500", new OpenApiResponseReference(ServerErrorResponse, swaggerDoc));
                    operation.Responses.TryAdd("503", new OpenApiResponseReference(UnavailableResponse, swaggerDoc));
                }

                foreach (var (key, response) in operation.Responses ?? [])
                {
                    if (response is not OpenApiResponse concrete || !int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var status)
                        || concrete.Content?.TryGetValue("application/problem+json", out var media) != true
                        || media!.Schema is not (null or OpenApiSchemaReference { Reference.Id: ContractDocumentFilter.ProblemSchema }))
                    {
                        continue;
                    }

                    var codes = ErrorCodeDocumentation.GenericCodes(status, api, hasBody).Select(e => e.Code).ToList();
                    media.Schema = codes.Count > 0 ? ErrorCodeDocumentation.Narrowed(swaggerDoc, codes) : new OpenApiSchemaReference(ContractDocumentFilter.ProblemSchema, swaggerDoc);
                }
            }
        }
    }
}
