using Microsoft.Net.Http.Headers;

namespace ThiDua.Api.Http;

/// <summary>
/// Every API response depends on the caller (role, unit, personal data masked or not): shared caches must not keep it,
/// and a client revalidates its copy with the ETag (<c>Cache-Control: private, no-cache</c>, <c>Vary: Authorization</c>).
/// Registered first, so that refusals of the earliest middlewares carry it too; a stricter <c>no-store</c> is kept.
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
                if (!headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase))
                {
                    headers.CacheControl = "private, no-cache";
                }

                headers.Append(HeaderNames.Vary, HeaderNames.Authorization);
                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
