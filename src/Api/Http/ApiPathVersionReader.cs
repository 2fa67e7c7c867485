using Asp.Versioning;

namespace ThiDua.Api.Http;

/// <summary>
/// The API version is the path's second segment, <c>/api/v{major}/…</c> (api-guidelines.md, Versioning). Each version's
/// routes are mapped under their literal prefix (<see cref="Endpoints.EndpointGroupExtensions"/>), and this reader
/// hands the segment to Asp.Versioning, which still selects the endpoints by their declared versions and reports
/// <c>api-supported-versions</c>. With a route parameter (<c>v{version:apiVersion}</c>) instead, Asp.Versioning
/// extracted the version by building a route-template matcher for every request (its <c>TryGetApiVersionFromPath</c>):
/// 5–6 % of the API's CPU on a GET by id (ADR 0035, amendment 2026-12-05).
/// </summary>
public sealed class ApiPathVersionReader : UrlSegmentApiVersionReader
{
    public const string V1 = "/api/v1";

    private const string Prefix = "/api/v";

    private static readonly IReadOnlyList<string> One = ["1"];

    public override IReadOnlyList<string> Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.Path.Value;
        if (path is null || !path.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var end = path.IndexOf('/', Prefix.Length);
        var segment = end < 0 ? path.AsSpan(Prefix.Length) : path.AsSpan(Prefix.Length, end - Prefix.Length);
        return segment.Length == 0 ? [] : segment is "1" ? One : [segment.ToString()];
    }
}
