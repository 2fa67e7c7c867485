using Microsoft.Net.Http.Headers;

namespace ThiDua.Api.Http;

/// <summary>
/// Every API response depends on the caller (role, unit, personal data masked or not): shared caches must not keep it,
/// and a client revalidates its copy with the ETag (<c>Cache-Control: private, no-cache</c>, <c>Vary: Authorization</c>).
/// </summary>
internal sealed class PrivateCachingMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.CacheControl = "private, no-cache";
                headers.Append(HeaderNames.Vary, HeaderNames.Authorization);
                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
