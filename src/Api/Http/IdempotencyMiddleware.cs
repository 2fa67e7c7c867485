using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Security;
using ThiDua.Application.Common.Idempotency;
using ThiDua.Infrastructure.Persistence;
using ThiDua.Infrastructure.Persistence.Idempotency;

namespace ThiDua.Api.Http;

/// <summary>
/// <c>Idempotency-Key</c> on POST (api-guidelines.md, Idempotency; ADR 0008, 0022): the same key with the same body
/// replays the first response (same status and body, header <c>Idempotent-Replayed: true</c>); the same key with another
/// body gets 422 <c>idempotency_key_reused</c>; while an attempt with the key is still running (its transaction alive),
/// a retry gets 409 <c>idempotency_request_in_progress</c>.
/// <para>
/// The key is written by each command's own transaction, with the command's result (<see cref="IdempotentRequest"/>).
/// An attempt that dies before its commit leaves nothing behind, so its retry runs afresh. An attempt that dies after
/// its commit but before its response was recorded leaves the key with the command results: the retry runs the
/// endpoint again with those results standing in for the committed commands, which therefore never run twice, and
/// answers with the same resource, marked replayed. Server errors are not kept as responses.
/// </para>
/// </summary>
internal sealed partial class IdempotencyMiddleware(
    RequestDelegate next, IdempotencyStore store, IOptions<IdempotencyOptions> options, IProblemDetailsService problems, ILogger<IdempotencyMiddleware> logger)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";

    public Task InvokeAsync(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && context.Request.Headers.TryGetValue(HeaderName, out var values)
        && context.User.FindFirst(ThiDuaClaims.Subject)?.Value is { } subject
            ? KeyedAsync(context, values, subject)
            : next(context);

    private async Task KeyedAsync(HttpContext context, Microsoft.Extensions.Primitives.StringValues values, string subject)
    {
        var key = values.ToString();
        if (key.Length is 0 or > IdempotencyStore.MaxKeyLength || key.Any(c => c < 0x21 || c > 0x7E))
        {
            await WriteProblemAsync(context, StatusCodes.Status400BadRequest, FrameworkErrors.IdempotencyKeyInvalid.Code,
                $"Tiêu đề {HeaderName} phải gồm từ 1 đến {IdempotencyStore.MaxKeyLength} ký tự ASCII hiển thị được.",
                $"The {HeaderName} header must be 1 to {IdempotencyStore.MaxKeyLength} visible ASCII characters.");
            return;
        }

        var hash = await HashRequestAsync(context.Request, context.RequestAborted);
        var request = context.RequestServices.GetRequiredService<IdempotentRequest>();
        var endpoint = context.GetEndpoint();
        var routeValues = new RouteValueDictionary(context.Request.RouteValues);
        var headers = context.Response.Headers.ToList();

        // A second pass only when this attempt met, inside its first transaction, another attempt with the same key
        // that had just committed or still runs: the answer then comes from that attempt's state.
        for (var pass = 1; ; pass++)
        {
            var record = await store.FindAsync(subject, key, context.RequestAborted);
            if (record is not null && !string.Equals(record.RequestHash, hash, StringComparison.Ordinal))
            {
                await WriteProblemAsync(context, StatusCodes.Status422UnprocessableEntity, FrameworkErrors.IdempotencyKeyReused.Code,
                    "Khóa idempotency này đã được dùng cho một yêu cầu khác.",
                    "This idempotency key was already used with a different request.");
                return;
            }

            if (record is { StatusCode: not null })
            {
                await ReplayAsync(context, record);
                return;
            }

            request.Start(subject, key, hash, record?.CommandResults, options.Value.AbandonedTransactionTimeout);
            if (await ProceedAndStoreAsync(context, request, lastPass: pass == 2))
            {
                return;
            }

            // Back to the request as it arrived here: the response as the outer middleware left it (rate-limit headers),
            // and the endpoint, which the inner exception handler cleared when it answered the lost attempt.
            context.Response.Clear();
            foreach (var (name, value) in headers)
            {
                context.Response.Headers[name] = value;
            }

            context.SetEndpoint(endpoint);
            context.Request.RouteValues = new RouteValueDictionary(routeValues);
            context.Request.Body.Position = 0;
            context.RequestServices.GetRequiredService<ThiDuaDbContext>().ChangeTracker.Clear();
        }
    }

    /// <summary>Runs the endpoint and records its answer; false when the attempt lost the key to another one and should look again.</summary>
    private async Task<bool> ProceedAndStoreAsync(HttpContext context, IdempotentRequest request, bool lastPass)
    {
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (request.LostToAnotherAttempt && !lastPass)
        {
            return false;
        }

        if (!request.LostToAnotherAttempt)
        {
            if (request.KeyExisted)
            {
                // A retry answered from the commands an earlier attempt committed.
                response.Headers[ReplayedHeaderName] = "true";
            }

            if (response.StatusCode < StatusCodes.Status500InternalServerError)
            {
                await RecordAsync(request, new StoredResponse(
                    response.StatusCode, response.ContentType, response.Headers.Location.ToString(), response.Headers.ETag.ToString(), buffer.ToArray()));
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
        return true;
    }

    /// <summary>
    /// Keeps the answer for later retries. If that fails (the database went away after the commit), the client still
    /// gets the answer: the key holds the committed results, so a retry rebuilds the same answer.
    /// </summary>
    private async Task RecordAsync(IdempotentRequest request, StoredResponse stored)
    {
        try
        {
            if (request.KeyExisted || request.CommittedHere)
            {
                await store.CompleteAsync(request.Subject, request.Key, stored, CancellationToken.None);
            }
            else
            {
                await store.StoreAnswerAsync(request.Subject, request.Key, request.RequestHash, stored, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
        {
            LogNotRecorded(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The response to an idempotent request could not be recorded; a retry will rebuild it")]
    private static partial void LogNotRecorded(ILogger logger, Exception exception);

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
