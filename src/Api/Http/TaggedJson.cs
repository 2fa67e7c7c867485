using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ThiDua.Api.Http;

/// <summary>
/// Writes a JSON answer with its content tag, serialised once (ADR 0035): into a pooled buffer, hashed for the
/// <c>ETag</c>, then the same bytes written as the body. A GET or HEAD answered 200 whose <c>If-None-Match</c> already
/// has the tag gets 304 with no body; a write always gets its status, its tag and the body.
/// </summary>
internal static class TaggedJson
{
    public static async Task WriteAsync(
        HttpContext httpContext, object? value, Type type, JsonSerializerOptions? options, uint? version, int statusCode, string? location)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        options ??= httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        using var body = new PooledBuffer();
        await using (var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented }))
        {
            JsonSerializer.Serialize(writer, value, type, options);
        }

        await WriteAsync(httpContext, body.Written, version, statusCode, location);
    }

    /// <summary>Answers <paramref name="body"/>, UTF-8 JSON as it is, with its content tag.</summary>
    public static async Task WriteAsync(HttpContext httpContext, ReadOnlyMemory<byte> body, uint? version, int statusCode, string? location)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var notModified = ETags.SetContentTagAndCheckNotModified(httpContext, body.Span, version);
        var request = httpContext.Request;
        if (notModified && statusCode == StatusCodes.Status200OK && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            httpContext.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        httpContext.Response.StatusCode = statusCode;
        if (location is not null)
        {
            httpContext.Response.Headers.Location = location;
        }

        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
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
