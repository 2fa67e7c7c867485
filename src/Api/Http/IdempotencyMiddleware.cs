using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Security;
using ThiDua.Infrastructure.Persistence.Idempotency;

namespace ThiDua.Api.Http;

/// <summary>
/// <c>Idempotency-Key</c> on POST (api-guidelines.md, Idempotency): the same key with the same body replays the first
/// response (same status and body, header <c>Idempotent-Replayed: true</c>); the same key with another body gets 422
/// <c>idempotency_key_reused</c>; while the first request runs, a retry gets 409 <c>idempotency_request_in_progress</c>.
/// Server errors are not kept, so a retry after one is processed again.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, IdempotencyStore store, IProblemDetailsService problems)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method)
            || !context.Request.Headers.TryGetValue(HeaderName, out var values)
            || context.User.FindFirst(ThiDuaClaims.Subject)?.Value is not { } subject)
        {
            await next(context);
            return;
        }

        var key = values.ToString();
        if (key.Length is 0 or > IdempotencyStore.MaxKeyLength || key.Any(c => c < 0x21 || c > 0x7E))
        {
            await WriteProblemAsync(context, StatusCodes.Status400BadRequest, "idempotency_key_invalid",
                $"Tiêu đề {HeaderName} phải gồm từ 1 đến {IdempotencyStore.MaxKeyLength} ký tự ASCII hiển thị được.",
                $"The {HeaderName} header must be 1 to {IdempotencyStore.MaxKeyLength} visible ASCII characters.");
            return;
        }

        var hash = await HashRequestAsync(context.Request, context.RequestAborted);
        var (decision, record) = await store.BeginAsync(subject, key, hash, context.RequestAborted);
        switch (decision)
        {
            case IdempotencyDecision.Replay:
                await ReplayAsync(context, record);
                return;
            case IdempotencyDecision.KeyReused:
                await WriteProblemAsync(context, StatusCodes.Status422UnprocessableEntity, "idempotency_key_reused",
                    "Khóa idempotency này đã được dùng cho một yêu cầu khác.",
                    "This idempotency key was already used with a different request.");
                return;
            case IdempotencyDecision.InProgress:
                await WriteProblemAsync(context, StatusCodes.Status409Conflict, "idempotency_request_in_progress",
                    "Yêu cầu với khóa idempotency này vẫn đang được xử lý; vui lòng thử lại sau.",
                    "A request with this idempotency key is still being processed; retry later.");
                return;
        }

        await ProceedAndStoreAsync(context, record.Id);
    }

    private async Task ProceedAndStoreAsync(HttpContext context, long recordId)
    {
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var completed = false;
        try
        {
            await next(context);
            var response = context.Response;
            if (response.StatusCode < StatusCodes.Status500InternalServerError)
            {
                await store.CompleteAsync(
                    recordId, response.StatusCode, response.ContentType, response.Headers.Location.ToString(), response.Headers.ETag.ToString(),
                    buffer.ToArray(), CancellationToken.None);
                completed = true;
            }
        }
        finally
        {
            context.Response.Body = original;
            if (!completed)
            {
                await store.AbandonAsync(recordId);
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord record)
    {
        var response = context.Response;
        response.StatusCode = record.StatusCode!.Value;
        response.ContentType = record.ContentType;
        if (!string.IsNullOrEmpty(record.Location))
        {
            response.Headers.Location = record.Location;
        }

        if (!string.IsNullOrEmpty(record.ETag))
        {
            response.Headers.ETag = record.ETag;
        }

        response.Headers[ReplayedHeaderName] = "true";
        if (record.Body is { Length: > 0 } body)
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static async Task<string> HashRequestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private Task WriteProblemAsync(HttpContext context, int status, string code, string vi, string en)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = status == StatusCodes.Status400BadRequest
                    ? ApiLanguage.Pick(context, ProblemTitles.MalformedRequest.Vi, ProblemTitles.MalformedRequest.En)
                    : ApiLanguage.Pick(context, ProblemTitles.IdempotencyConflict.Vi, ProblemTitles.IdempotencyConflict.En),
                Detail = ApiLanguage.Pick(context, vi, en),
                Extensions = { ["code"] = code },
            },
        }).AsTask();
    }
}
