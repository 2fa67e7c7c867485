using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using ThiDua.Api.ErrorHandling;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Sits in every test client (ADR 0018): each problem the API answers must carry a catalogued <c>code</c> whose catalogued
/// status is the response's, and, when the request addressed an operation of the document, a code that operation declares
/// for that status (its <c>code</c> enum). A problem outside the contract fails the request, and so the test, at once.
/// Requests that match no operation (an unknown path, a route constraint, a method the path does not take) are held only to
/// the catalogue. Every observation is kept in <see cref="Observed"/>.
/// </summary>
public sealed partial class ProblemContractHandler(ThiDuaApiFactory factory) : DelegatingHandler
{
    private static readonly ConditionalWeakTable<ThiDuaApiFactory, Task<JsonElement>> Documents = [];

    /// <summary>(method, operation path or request path, status, code) of every problem the tests have seen.</summary>
    public static ConcurrentBag<(string Method, string Path, int Status, string Code)> Observed { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return response;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        string? code = null;
        try
        {
            using var problem = JsonDocument.Parse(body);
            code = problem.RootElement.TryGetProperty("code", out var c) ? c.GetString() : null;
        }
        catch (JsonException)
        {
            // Reported below as a problem without a code.
        }

        var status = (int)response.StatusCode;
        var method = request.Method.Method.ToLowerInvariant();
        var path = request.RequestUri!.AbsolutePath;
        var document = await Documents.GetValue(factory, LoadAsync);
        var operation = FindOperation(document, method, path);
        Observed.Add((method, operation?.Path ?? path, status, code ?? "(none)"));
        var violation = Violation(document, operation, status, code);
        if (violation is not null && Environment.GetEnvironmentVariable("THIDUA_PROBLEM_LOG") is { Length: > 0 } log)
        {
            // Survey mode: record every violation in a file instead of failing (used to review the declarations at once).
            await File.AppendAllTextAsync(log, $"{request.Method} {operation?.Path ?? path} {status} {code} :: {violation}\n", cancellationToken);
        }
        else if (violation is not null)
        {
            throw new InvalidOperationException($"{request.Method} {path} answered {status} `{code}`: {violation}. Body: {body}");
        }

        return response;
    }

    private static string? Violation(JsonElement document, (string Path, JsonElement Operation)? operation, int status, string? code)
    {
        if (code is null)
        {
            return "a problem must carry a code";
        }

        var catalogued = ErrorCatalogue.Find(code);
        if (catalogued is null)
        {
            return "the code is not in the error catalogue (ErrorCatalogue)";
        }

        if (catalogued.Status != status)
        {
            return $"the catalogue gives this code the status {catalogued.Status}";
        }

        if (operation is not { } found)
        {
            return null;
        }

        var declared = DeclaredCodes(document, found.Operation, status);
        return declared.Contains(code, StringComparer.Ordinal)
            ? null
            : $"the document does not declare this code for {found.Path} {status} (declared: {string.Join(", ", declared)})";
    }

    /// <summary>The <c>code</c> enum of an operation's problem response of <paramref name="status"/>.</summary>
    public static IReadOnlyList<string> DeclaredCodes(JsonElement document, JsonElement operation, int status)
    {
        if (!operation.GetProperty("responses").TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response))
        {
            return [];
        }

        if (response.TryGetProperty("$ref", out var reference))
        {
            response = Resolve(document, reference.GetString()!);
        }

        if (!response.TryGetProperty("content", out var content) || !content.TryGetProperty("application/problem+json", out var media))
        {
            return [];
        }

        var codes = new List<string>();
        foreach (var part in media.GetProperty("schema").TryGetProperty("allOf", out var allOf) ? allOf.EnumerateArray().ToList() : [])
        {
            if (part.TryGetProperty("properties", out var properties) && properties.TryGetProperty("code", out var schema) && schema.TryGetProperty("enum", out var values))
            {
                codes.AddRange(values.EnumerateArray().Select(v => v.GetString()!));
            }
        }

        return codes;
    }

    /// <summary>The document's operation a request addresses: the path template that matches with the most literal text.</summary>
    public static (string Path, JsonElement Operation)? FindOperation(JsonElement document, string method, string path)
    {
        var best = ((string Path, JsonElement Operation)?)null;
        var bestLiteral = -1;
        foreach (var item in document.GetProperty("paths").EnumerateObject())
        {
            if (!item.Value.TryGetProperty(method, out var operation) || !Template(item.Name).IsMatch(path))
            {
                continue;
            }

            var literal = Parameter().Replace(item.Name, string.Empty).Length;
            if (literal > bestLiteral)
            {
                best = (item.Name, operation);
                bestLiteral = literal;
            }
        }

        return best;
    }

    private static Regex Template(string template) =>
        new("^" + string.Join("[^/]+", Parameter().Split(template).Select(Regex.Escape)) + "$", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static JsonElement Resolve(JsonElement document, string reference)
    {
        var node = document;
        foreach (var segment in reference.TrimStart('#', '/').Split('/'))
        {
            node = node.GetProperty(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }

        return node;
    }

    private static async Task<JsonElement> LoadAsync(ThiDuaApiFactory factory)
    {
        using var client = factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)));
        return document.RootElement.Clone();
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
