using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;
using ThiDua.Api.Http;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Common;

namespace ThiDua.Api.ErrorHandling;

/// <summary>
/// Turns exceptions into RFC 9457 problems with a stable <c>code</c> (ADR 0002). Writes through
/// <see cref="IProblemDetailsService"/> so that <c>errors</c> and <c>traceId</c> survive and the content type is
/// <c>application/problem+json</c>. Unknown exceptions become a generic 500 without internal details.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    /// <summary>How long a client waits before retrying when the database is unavailable.</summary>
    public const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var en = ApiLanguage.IsEnglish(httpContext);
        string T((string Vi, string En) text) => en ? text.En : text.Vi;
        string L(LocalizedText text) => en ? text.En : text.Vi;
        var problem = exception switch
        {
            ValidationException e => Validation(e, en),
            BadHttpRequestException { InnerException: JsonException json } when UnknownField(json) is { } field => Problem(StatusCodes.Status400BadRequest, T(ProblemTitles.UnknownField),
                en
                    ? $"The request has a field '{field}' (at {json.Path ?? "$"}) that this operation does not take; check its spelling against the schema."
                    : $"Yêu cầu có trường '{field}' (tại {json.Path ?? "$"}) mà thao tác này không nhận; hãy kiểm tra lại chính tả theo lược đồ (schema).",
                ProblemCodes.UnknownField),
            BadHttpRequestException e => Problem(e.StatusCode, T(e.StatusCode == StatusCodes.Status413PayloadTooLarge ? ProblemTitles.TooLarge : ProblemTitles.MalformedRequest),
                SafeDetail(e, en), ProblemCodes.ForStatus(e.StatusCode)),
            NotFoundException e => Problem(StatusCodes.Status404NotFound, T(ProblemTitles.NotFound), L(e.Text), e.Code),
            ForbiddenException e => Problem(StatusCodes.Status403Forbidden, T(ProblemTitles.Forbidden), L(e.Text), e.Code),
            DomainRuleViolationException e when e.Error.Kind == DomainErrorKind.Conflict =>
                WithExtensions(Problem(StatusCodes.Status409Conflict, T(ProblemTitles.StateConflict), L(e.Error.Text), e.Error.Code), e.Extensions),
            DomainRuleViolationException e => WithExtensions(Problem(StatusCodes.Status422UnprocessableEntity, T(ProblemTitles.BusinessRule), L(e.Error.Text), e.Error.Code), e.Extensions),
            ApiProblemException e => Problem(e.Error.Status, T(e.Error.Status == StatusCodes.Status413PayloadTooLarge ? ProblemTitles.TooLarge : ProblemTitles.ForStatus(e.Error.Status) ?? ProblemTitles.MalformedRequest), L(e.Text), e.Error.Code),
            ConflictException e => Problem(StatusCodes.Status409Conflict, T(ProblemTitles.Conflict), L(e.Text), e.Code),
            PreconditionFailedException e => Problem(StatusCodes.Status412PreconditionFailed, T(ProblemTitles.PreconditionFailed), L(e.Text), PreconditionFailedException.Code),
            _ when FindPostgresError(exception, "40P01", "40001") is not null => Problem(StatusCodes.Status409Conflict, T(ProblemTitles.Conflict),
                L(ConflictException.Concurrency.Text), ConflictException.Concurrency.Code),
            _ when IsDatabaseUnavailable(exception) => Problem(StatusCodes.Status503ServiceUnavailable, T(ProblemTitles.Unavailable),
                L(FrameworkErrors.ServiceUnavailable.Text), FrameworkErrors.ServiceUnavailable.Code),
            _ when FindDataException(exception) is not null => Problem(StatusCodes.Status400BadRequest, T(ProblemTitles.MalformedRequest),
                en
                    ? "A value in the request cannot be stored as given (for example, text too long or an invalid character)."
                    : "Một giá trị trong yêu cầu không thể lưu như đã gửi (ví dụ: văn bản quá dài hoặc có ký tự không hợp lệ).",
                ProblemCodes.MalformedRequest),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
            if (IsConnectionLost(exception))
            {
                // The server went away or restarts: every idle pooled connection is dead too. Dropping them now means
                // the first request after the database is back gets a fresh connection, not a stale one (ADR 0031).
                NpgsqlConnection.ClearAllPools();
            }
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = problem,
        });
    }

    /// <summary>
    /// The database cannot be reached or will not serve now: a connection failure or timeout (Npgsql's transient errors
    /// without a server answer), the server shutting down or starting (SQLSTATE class 57P, 08) or out of connection
    /// slots (53300), or it gave up on the request's <c>lock_timeout</c> (55P03) or <c>statement_timeout</c> (57014;
    /// ADR 0026). Nothing was committed, so the client may retry: 503 <c>server.unavailable</c> with
    /// <c>Retry-After</c>, not a 500.
    /// </summary>
    private static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    return pg.SqlState.StartsWith("57P", StringComparison.Ordinal) || pg.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || pg.SqlState is "53300" or PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.QueryCanceled;
                case NpgsqlException { IsTransient: true }:
                    return true;
                default:
                    break;
            }
        }

        return false;
    }

    /// <summary>The connection itself failed (server shut down, restarting, unreachable), not a lock or statement timeout.</summary>
    private static bool IsConnectionLost(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    return pg.SqlState.StartsWith("57P", StringComparison.Ordinal) || pg.SqlState.StartsWith("08", StringComparison.Ordinal);
                case NpgsqlException { IsTransient: true, InnerException: not TimeoutException }:
                    return true;
                default:
                    break;
            }
        }

        return false;
    }

    /// <summary>
    /// Safety net: PostgreSQL "data exception" errors (SQLSTATE class 22) come from values the client sent; they are a
    /// malformed request, not a server error. Validation should have caught them first.
    /// </summary>
    private static PostgresException? FindDataException(Exception exception) =>
        FindPostgres(exception, pg => pg.SqlState.StartsWith("22", StringComparison.Ordinal));

    /// <summary>Deadlocks (40P01) and serialisation failures (40001) are concurrent writes: 409, retry.</summary>
    private static PostgresException? FindPostgresError(Exception exception, params string[] sqlStates) =>
        FindPostgres(exception, pg => sqlStates.Contains(pg.SqlState, StringComparer.Ordinal));

    private static PostgresException? FindPostgres(Exception exception, Func<PostgresException, bool> match)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException pg && match(pg))
            {
                return pg;
            }
        }

        return null;
    }

    private static HttpValidationProblemDetails Validation(ValidationException e, bool en)
    {
        var errors = e.Errors
            .GroupBy(f => CamelCasePath(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(f => Message(f, g.Key, en)).Distinct().ToArray());
        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = en ? ProblemTitles.ValidationFailed.En : ProblemTitles.ValidationFailed.Vi,
            Detail = en ? "One or more fields are invalid; see errors." : "Một hoặc nhiều trường dữ liệu không hợp lệ; xem chi tiết tại errors.",
            Extensions = { ["code"] = ProblemCodes.ValidationFailed },
        };
    }

    /// <summary>
    /// A failure's message; an enum rule's message names the values the API accepts, never the integer the value
    /// defaulted to (an enum field left out of the body reads as 0).
    /// </summary>
    private static string Message(FluentValidation.Results.ValidationFailure failure, string field, bool en)
    {
        if (failure.ErrorCode == "EnumValidator" && failure.AttemptedValue is Enum value)
        {
            var allowed = string.Join(", ", Enum.GetNames(value.GetType()).Select(EnumNaming.Policy.ConvertName));
            return en
                ? $"'{field}' is required and must be one of: {allowed}."
                : $"'{field}' là bắt buộc và phải là một trong các giá trị: {allowed}.";
        }

        return failure.ErrorMessage;
    }

    /// <summary>Adds the members a domain error carries beside <c>code</c> (e.g. <c>existingId</c>).</summary>
    private static ProblemDetails WithExtensions(ProblemDetails problem, IReadOnlyDictionary<string, object?> extensions)
    {
        foreach (var (name, value) in extensions)
        {
            problem.Extensions[name] = value;
        }

        return problem;
    }

    private static ProblemDetails Problem(int status, string title, string detail, string code) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Extensions = { ["code"] = code },
    };

    /// <summary>JSON errors name the path and position, which helps the client and reveals nothing internal.</summary>
    private static string SafeDetail(BadHttpRequestException e, bool en) => e.InnerException switch
    {
        JsonException json when EnumTarget(json) is { } values => en
            ? $"The value at {json.Path ?? "$"} must be one of: {values}."
            : $"Giá trị tại {json.Path ?? "$"} phải là một trong các giá trị: {values}.",
        JsonException json => en
            ? $"The JSON body is invalid at {json.Path ?? "$"}: the value does not match the expected type or format."
            : $"Nội dung JSON không hợp lệ tại {json.Path ?? "$"}: giá trị không đúng kiểu hoặc định dạng yêu cầu.",
        _ when e.StatusCode == StatusCodes.Status413PayloadTooLarge => en
            ? "The request body exceeds the allowed size."
            : "Nội dung yêu cầu vượt quá kích thước cho phép.",
        _ => en ? e.Message : "Yêu cầu không đúng định dạng: " + e.Message,
    };

    /// <summary>
    /// The name of the property System.Text.Json could not map (<see cref="JsonUnmappedMemberHandling.Disallow"/>), or
    /// null for any other JSON error. The serializer reports it only in its message: "The JSON property 'x' could not be
    /// mapped to any .NET member contained in type '…'." The type is internal and is not repeated to the client.
    /// </summary>
    private static string? UnknownField(JsonException json)
    {
        const string Marker = "could not be mapped to any .NET member";
        if (!json.Message.Contains(Marker, StringComparison.Ordinal))
        {
            return null;
        }

        var start = json.Message.IndexOf('\'', StringComparison.Ordinal);
        var end = start < 0 ? -1 : json.Message.IndexOf('\'', start + 1);
        return end > start ? json.Message[(start + 1)..end] : json.Path?.Split('.')[^1] ?? "?";
    }

    /// <summary>
    /// When the value could not be read as one of ThiDua's enums (an integer, or an unknown string), the allowed values
    /// as the API writes them; otherwise null. The serializer names the target type only in its message.
    /// </summary>
    private static string? EnumTarget(JsonException json)
    {
        var match = System.Text.RegularExpressions.Regex.Match(json.Message, @"could not be converted to (?:System\.Nullable`1\[)?(?<type>ThiDua\.[\w.]+)", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["type"].Value;
        var type = typeof(ThiDua.Domain.Units.OrganisationUnit).Assembly.GetType(name) ?? typeof(ThiDua.Application.Common.Security.AccessGuard).Assembly.GetType(name);
        return type is { IsEnum: true } ? string.Join(", ", Enum.GetNames(type).Select(EnumNaming.Policy.ConvertName)) : null;
    }

    private static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(segment => segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
}
