using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace ThiDua.Api.Http;

/// <summary>
/// A computed representation answered with its content tag (<see cref="ETags.SetContentTagAndCheckNotModified"/>), its
/// JSON written once (ADR 0035): serialised into a pooled buffer, hashed, then the same bytes written as the body, or
/// 304 with no body when <c>If-None-Match</c> already has the tag. Described in the OpenAPI document as
/// <c>Ok&lt;T&gt;</c> is (200 with <typeparamref name="T"/> as JSON).
/// </summary>
public sealed class ContentTagged<T> : IResult, IEndpointMetadataProvider, IValueHttpResult, IValueHttpResult<T>
{
    private readonly JsonSerializerOptions _options;
    private readonly uint? _version;

    internal ContentTagged(T value, JsonSerializerOptions options, uint? version = null)
    {
        Value = value;
        _options = options;
        _version = version;
    }

    public T Value { get; }

    object? IValueHttpResult.Value => Value;

    public Task ExecuteAsync(HttpContext httpContext) =>
        TaggedJson.WriteAsync(httpContext, Value, typeof(T), _options, _version, StatusCodes.Status200OK, location: null);

#pragma warning disable CA1000 // IEndpointMetadataProvider's member is static by definition (as on Ok<T>)
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
#pragma warning restore CA1000
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
    }
}
