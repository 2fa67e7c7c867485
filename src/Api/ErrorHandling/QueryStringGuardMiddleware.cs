using Microsoft.AspNetCore.Mvc;
using ThiDua.Api.Http;

namespace ThiDua.Api.ErrorHandling;

/// <summary>Refuses query strings with control characters (e.g. <c>%00</c>) before they reach a handler or the database.</summary>
internal sealed class QueryStringGuardMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    // Without a query string nothing is checked, and the request goes on without an asynchronous step of its own.
    public Task InvokeAsync(HttpContext context) => context.Request.QueryString.HasValue ? CheckAsync(context) : next(context);

    private async Task CheckAsync(HttpContext context)
    {
        var bad = context.Request.Query.FirstOrDefault(p =>
            RequestText.HasForbiddenControlCharacter(p.Key) || p.Value.Any(v => v is not null && RequestText.HasForbiddenControlCharacter(v)));
        if (bad.Key is null)
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = ApiLanguage.Pick(context, ProblemTitles.MalformedRequest.Vi, ProblemTitles.MalformedRequest.En),
                Detail = ApiLanguage.Pick(context, $"Tham số truy vấn '{bad.Key}' chứa ký tự điều khiển.", $"The query parameter '{bad.Key}' contains a control character."),
                Extensions = { ["code"] = ProblemCodes.MalformedRequest },
            },
        });
    }
}
