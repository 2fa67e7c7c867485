namespace ThiDua.Api.ErrorHandling;

/// <summary>
/// The problems the framework, not a use case, produces: malformed or oversized requests, authentication, scopes, rate
/// limits and the generic server error (ADR 0018). <see cref="ProblemCodes"/> names their codes for the handlers.
/// </summary>
public static class FrameworkErrors
{
    public static readonly ApiError ValidationFailed =
        new("validation_failed", StatusCodes.Status400BadRequest, "One or more fields are invalid; see errors.");

    public static readonly ApiError MalformedRequest =
        new("request.malformed", StatusCodes.Status400BadRequest, "The request cannot be read: its body, a query parameter or a header is malformed.");

    public static readonly ApiError UnknownField =
        new("request.unknown_field", StatusCodes.Status400BadRequest, "The request has a field that this operation does not take.");

    public static readonly ApiError RequestTooLarge =
        new("request.too_large", StatusCodes.Status413PayloadTooLarge, "The request body exceeds the allowed size.");

    public static readonly ApiError UnsupportedMediaType =
        new("request.unsupported_media_type", StatusCodes.Status415UnsupportedMediaType, "The request body's content type is not accepted.");

    public static readonly ApiError MethodNotAllowed =
        new("request.method_not_allowed", StatusCodes.Status405MethodNotAllowed, "This path does not accept this HTTP method.");

    public static readonly ApiError RateLimited =
        new("request.rate_limited", StatusCodes.Status429TooManyRequests, "Too many requests from this client; retry after Retry-After seconds.");

    public static readonly ApiError Unauthenticated =
        new("auth.unauthenticated", StatusCodes.Status401Unauthorized, "The bearer token is missing, expired or invalid.");

    public static readonly ApiError Forbidden =
        new("auth.forbidden", StatusCodes.Status403Forbidden, "The caller may not do this.");

    public static readonly ApiError InsufficientScope =
        new("auth.insufficient_scope", StatusCodes.Status403Forbidden, "The token does not grant the scope this operation needs.");

    public static readonly ApiError IdempotencyKeyInvalid =
        new("idempotency_key_invalid", StatusCodes.Status400BadRequest, "The Idempotency-Key header must be 1 to 200 visible ASCII characters.");

    public static readonly ApiError IdempotencyKeyReused =
        new("idempotency_key_reused", StatusCodes.Status422UnprocessableEntity, "This idempotency key was already used with a different request.");

    public static readonly ApiError ServerError =
        new("server.error", StatusCodes.Status500InternalServerError, "An unexpected error occurred; the trace id identifies it for support.");
}
