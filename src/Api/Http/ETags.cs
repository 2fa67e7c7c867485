using System.Globalization;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace ThiDua.Api.Http;

/// <summary>
/// Strong ETags. A single resource's tag is its aggregate version (PostgreSQL <c>xmin</c>) and a hash of its JSON answer,
/// <c>"&lt;version&gt;-&lt;hash&gt;"</c>: the answer also shows other rows (names of related units, people, documents) and
/// what the reader may see, so <c>If-None-Match</c> answers 304 only when nothing shown changed, while <c>If-Match</c>
/// guards the aggregate's own version. Computed representations without a version (a ranking, a summary) are tagged
/// by the hash alone.
/// </summary>
internal static class ETags
{
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

        // "<version>" or "<version>-<hash>": an update is checked against the aggregate's own version, which is what it
        // changes; the hash only tells a cache whether related rows shown with it changed.
        var value = tag[1..^1];
        var dash = value.IndexOf('-', StringComparison.Ordinal);
        return uint.TryParse(dash < 0 ? value : value[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0;
    }

    /// <summary>
    /// For computed representations (e.g. a ranking) that have no single row version: a strong tag from a SHA-256 of the
    /// body. Sets <c>ETag</c>; returns true when <c>If-None-Match</c> already has it (answer 304).
    /// </summary>
    public static bool SetContentTagAndCheckNotModified(HttpContext context, ReadOnlySpan<byte> body, uint? version = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Check(context, ContentTag(body, version));
    }

    /// <summary>
    /// Declares that a write's answer is tagged as a read of the same state would be (<see
    /// cref="OkOrNotModifiedByVersionAndContent{T}"/>): the version and the hash of the JSON body. The body is not
    /// serialised here: <see cref="VersionTaggedAnswers"/> turns the endpoint's typed result into one that serialises
    /// its value once, hashes it and writes the same bytes.
    /// </summary>
    public static void TagAnswerWithVersion(HttpContext context, uint version)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[VersionTaggedAnswers.VersionKey] = version;
    }

    /// <summary>
    /// A representation of an aggregate that also shows other rows: 200 with the value, or 304 when <c>If-None-Match</c>
    /// already has its tag (the version and the hash of its JSON body, serialised once).
    /// </summary>
    public static ContentTagged<T> OkOrNotModifiedByVersionAndContent<T>(uint version, T value, JsonSerializerOptions options) => new(value, options, version);

    private static string ContentTag(ReadOnlySpan<byte> body, uint? version)
    {
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(body));
        return version is { } v
            ? $"\"{v.ToString(CultureInfo.InvariantCulture)}-{hash[..16]}\""
            : $"\"{hash[..32]}\"";
    }

    /// <summary>
    /// A computed representation answered with its content tag: 200 with the value, or 304 when <c>If-None-Match</c>
    /// already has the tag of its JSON body. The body is serialised once, hashed and written as is (ADR 0035).
    /// </summary>
    public static ContentTagged<T> OkOrNotModifiedByContent<T>(T value, JsonSerializerOptions options) => new(value, options);


    private static bool Check(HttpContext context, string etag)
    {
        context.Response.Headers.ETag = etag;
        var ifNoneMatch = context.Request.Headers.IfNoneMatch;
        return ifNoneMatch.Count > 0
            && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
            && tags.Any(t => t.Tag == etag || t.Tag == "*");
    }
}
