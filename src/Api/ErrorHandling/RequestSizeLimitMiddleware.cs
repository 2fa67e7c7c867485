using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace ThiDua.Api.ErrorHandling;

/// <summary>
/// Rejects bodies above <c>Limits:MaxRequestBodyBytes</c> with 413, both when the size is declared
/// (Content-Length) and, through the server's body-size feature, when it is streamed. An endpoint may declare its own
/// limit (<see cref="IRequestSizeLimitMetadata"/>; the document upload does, ADR 0023).
/// </summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, long defaultMaxBytes)
{
    public Task InvokeAsync(HttpContext context)
    {
        var maxBytes = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? defaultMaxBytes;
        if (context.Request.ContentLength > maxBytes)
        {
            throw new BadHttpRequestException("The request body exceeds the allowed size.", StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = maxBytes;
        }

        return next(context);
    }
}
