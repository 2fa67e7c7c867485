using Microsoft.AspNetCore.Http.Features;

namespace ThiDua.Api.ErrorHandling;

/// <summary>
/// Rejects bodies above <c>Limits:MaxRequestBodyBytes</c> with 413, both when the size is declared
/// (Content-Length) and, through the server's body-size feature, when it is streamed.
/// </summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, long maxBytes)
{
    public Task InvokeAsync(HttpContext context)
    {
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
