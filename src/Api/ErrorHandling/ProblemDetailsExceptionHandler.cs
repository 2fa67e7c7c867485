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
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException e => Validation(e),
            BadHttpRequestException { InnerException: JsonException json } when UnknownField(json) is { } field => Problem(StatusCodes.Status400BadRequest, "Unknown field",
                $"The request has a field '{field}' (at {json.Path ?? "$"}) that this operation does not take; check its spelling against the schema.", ProblemCodes.UnknownField),
            BadHttpRequestException e => Problem(e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Request body too large" : "Malformed request",
                SafeDetail(e), ProblemCodes.ForStatus(e.StatusCode)),
            NotFoundException e => Problem(StatusCodes.Status404NotFound, "Resource not found", e.Message, e.Code),
            ForbiddenException e => Problem(StatusCodes.Status403Forbidden, "Forbidden", e.Message, e.Code),
            DomainRuleViolationException e when e.Error.Kind == DomainErrorKind.Conflict =>
                Problem(StatusCodes.Status409Conflict, "Conflict with the current state", e.Error.Message, e.Error.Code),
            DomainRuleViolationException e => Problem(StatusCodes.Status422UnprocessableEntity, "Business rule violated", e.Error.Message, e.Error.Code),
            ConflictException e => Problem(StatusCodes.Status409Conflict, "Conflict", e.Message, e.Code),
            PreconditionFailedException e => Problem(StatusCodes.Status412PreconditionFailed, "Precondition failed", e.Message, PreconditionFailedException.Code),
            _ when FindPostgresError(exception, "40P01", "40001") is not null => Problem(StatusCodes.Status409Conflict, "Conflict",
                "Another request changed the same data at the same time. Read it again and retry.", ConflictException.ConcurrencyConflict),
            _ when FindDataException(exception) is not null => Problem(StatusCodes.Status400BadRequest, "Malformed request",
                "A value in the request cannot be stored as given (for example, text too long or an invalid character).", ProblemCodes.MalformedRequest),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = problem,
        });
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

    private static HttpValidationProblemDetails Validation(ValidationException e)
    {
        var errors = e.Errors
            .GroupBy(f => CamelCasePath(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());
        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Validation failed",
            Detail = "One or more fields are invalid; see errors.",
            Extensions = { ["code"] = ProblemCodes.ValidationFailed },
        };
    }

    private static ProblemDetails Problem(int status, string title, string detail, string code) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Extensions = { ["code"] = code },
    };

    /// <summary>JSON errors name the path and position, which helps the client and reveals nothing internal.</summary>
    private static string SafeDetail(BadHttpRequestException e) => e.InnerException switch
    {
        JsonException json when EnumTarget(json) is { } values => $"The value at {json.Path ?? "$"} must be one of: {values}.",
        JsonException json => $"The JSON body is invalid at {json.Path ?? "$"}: the value does not match the expected type or format.",
        _ when e.StatusCode == StatusCodes.Status413PayloadTooLarge => "The request body exceeds the allowed size.",
        _ => e.Message,
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
