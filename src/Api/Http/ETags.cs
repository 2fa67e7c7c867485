using System.Globalization;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace ThiDua.Api.Http;

/// <summary>
/// Strong ETags from the aggregate version (PostgreSQL <c>xmin</c>): <c>"&lt;version&gt;"</c>.
/// </summary>
internal static class ETags
{
    public static string Format(uint version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// The version named by <c>If-Match</c>, or null when the header is absent or <c>*</c>. A tag that is not one of
    /// ours can never match, and <c>If-Match</c> compares strongly (RFC 9110 §13.1.1), so a weak tag never matches
    /// either: both map to version 0, which no row has, and the request fails with 412.
    /// </summary>
    public static uint? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return null;
        }

        var tag = header.Split(',')[0].Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal) || tag.Length < 3 || tag[0] != '"' || tag[^1] != '"')
        {
            return 0;
        }

        return uint.TryParse(tag[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0;
    }

    /// <summary>
    /// For computed representations (e.g. a ranking) that have no single row version: a strong tag from a SHA-256 of the
    /// body. Sets <c>ETag</c>; returns true when <c>If-None-Match</c> already has it (answer 304).
    /// </summary>
    public static bool SetContentTagAndCheckNotModified(HttpContext context, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(context);
        var etag = $"\"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(body))[..32]}\"";
        return Check(context, etag);
    }

    /// <summary>
    /// A computed representation answered with its content tag: 200 with the value, or 304 when <c>If-None-Match</c>
    /// already has the tag of its JSON body. The body is serialised once, hashed and written as is (ADR 0035).
    /// </summary>
    public static ContentTagged<T> OkOrNotModifiedByContent<T>(T value, JsonSerializerOptions options) => new(value, options);

    /// <summary>Sets <c>ETag</c>; returns true when <c>If-None-Match</c> already has it (answer 304).</summary>
    public static bool SetAndCheckNotModified(HttpContext context, uint version)
    {
        return Check(context, Format(version));
    }

    private static bool Check(HttpContext context, string etag)
    {
        context.Response.Headers.ETag = etag;
        var ifNoneMatch = context.Request.Headers.IfNoneMatch;
        return ifNoneMatch.Count > 0
            && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(t => t.Tag == etag || t.Tag == "*");
    }
}
