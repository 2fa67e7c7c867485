using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace ThiDua.Api.Http;

/// <summary>
/// A representation the database keeps as JSON (ADR 0045), answered as stored: its UTF-8 bytes are the body, tagged
/// as every single resource is (<c>"&lt;version&gt;-&lt;hash of the body&gt;"</c>, <see cref="ETags"/>). A GET or HEAD
/// whose <c>If-None-Match</c> already has the tag is answered 304 with no body. Described in the OpenAPI document as the
/// typed results are (<typeparamref name="T"/> as JSON), since the stored body is that schema.
/// </summary>
public abstract class StoredJson<T> : IResult
{
    private readonly byte[] _json;
    private readonly uint _version;

    private protected StoredJson(byte[] json, uint version)
    {
        _json = json;
        _version = version;
    }

    private protected abstract int StatusCode { get; }

    private protected virtual string? Location => null;

    public Task ExecuteAsync(HttpContext httpContext) => TaggedJson.WriteAsync(httpContext, _json, _version, StatusCode, Location);

    private protected static void Produces(EndpointBuilder builder, int statusCode)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(statusCode, typeof(T), ["application/json"]));
    }
}

/// <summary>200 with a stored JSON representation (<see cref="StoredJson{T}"/>).</summary>
public sealed class StoredJsonOk<T>(byte[] json, uint version) : StoredJson<T>(json, version), IEndpointMetadataProvider
{
    private protected override int StatusCode => StatusCodes.Status200OK;

#pragma warning disable CA1000 // IEndpointMetadataProvider's member is static by definition (as on Ok<T>)
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Produces(builder, StatusCodes.Status200OK);
#pragma warning restore CA1000
}

/// <summary>201 with a stored JSON representation (<see cref="StoredJson{T}"/>) and the <c>Location</c> of the resource.</summary>
public sealed class StoredJsonCreated<T>(string location, byte[] json, uint version) : StoredJson<T>(json, version), IEndpointMetadataProvider
{
    private protected override int StatusCode => StatusCodes.Status201Created;

    private protected override string? Location => location;

#pragma warning disable CA1000 // IEndpointMetadataProvider's member is static by definition (as on Created<T>)
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Produces(builder, StatusCodes.Status201Created);
#pragma warning restore CA1000
}
