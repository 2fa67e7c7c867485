namespace ThiDua.Api.Http;

/// <summary>
/// Headers every response carries (issue 15 item 7): no content-type sniffing, no framing (Swagger UI included:
/// clickjacking), no referrer sent onwards. Kestrel's <c>Server</c> header is switched off in Program.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = "frame-ancestors 'none'";
            headers["Referrer-Policy"] = "no-referrer";
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
