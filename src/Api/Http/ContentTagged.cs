using System.Buffers;
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

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        using var body = new PooledBuffer();
        await using (var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = _options.Encoder, Indented = _options.WriteIndented }))
        {
            JsonSerializer.Serialize(writer, Value, _options);
        }

        if (ETags.SetContentTagAndCheckNotModified(httpContext, body.Written.Span, _version))
        {
            httpContext.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = body.Written.Length;
        await httpContext.Response.Body.WriteAsync(body.Written, httpContext.RequestAborted);
    }

#pragma warning disable CA1000 // IEndpointMetadataProvider's member is static by definition (as on Ok<T>)
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
#pragma warning restore CA1000
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
    }

    /// <summary>An <see cref="IBufferWriter{T}"/> on arrays rented from the shared pool, returned on dispose.</summary>
    private sealed class PooledBuffer : IBufferWriter<byte>, IDisposable
    {
        private byte[] _array = ArrayPool<byte>.Shared.Rent(4096);
        private int _count;

        public ReadOnlyMemory<byte> Written => _array.AsMemory(0, _count);

        public void Advance(int count) => _count += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Grow(sizeHint);
            return _array.AsMemory(_count);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Grow(sizeHint);
            return _array.AsSpan(_count);
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_array);
            _array = [];
        }

        private void Grow(int sizeHint)
        {
            var needed = _count + Math.Max(sizeHint, 1);
            if (needed <= _array.Length)
            {
                return;
            }

            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _array.Length * 2));
            _array.AsSpan(0, _count).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_array);
            _array = larger;
        }
    }
}
