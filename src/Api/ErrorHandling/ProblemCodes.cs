using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;

namespace ThiDua.Api.ErrorHandling;

/// <summary>
/// Stable <c>code</c>s of problems that the framework, not a use case, produces. Each is declared once, with its status and
/// message, in <see cref="FrameworkErrors"/> (or the application's declaration it reuses); these names read them.
/// </summary>
public static class ProblemCodes
{
    public static string ValidationFailed => FrameworkErrors.ValidationFailed.Code;
    public static string MalformedRequest => FrameworkErrors.MalformedRequest.Code;
    public static string UnknownField => FrameworkErrors.UnknownField.Code;
    public static string RequestTooLarge => FrameworkErrors.RequestTooLarge.Code;
    public static string UnsupportedMediaType => FrameworkErrors.UnsupportedMediaType.Code;
    public static string MethodNotAllowed => FrameworkErrors.MethodNotAllowed.Code;
    public static string RateLimited => FrameworkErrors.RateLimited.Code;
    public static string Unauthenticated => FrameworkErrors.Unauthenticated.Code;
    public static string Forbidden => FrameworkErrors.Forbidden.Code;
    public static string InsufficientScope => FrameworkErrors.InsufficientScope.Code;
    public static string RoleNotAllowed => AccessGuard.RoleNotAllowed.Code;
    public static string NotFound => NotFoundErrors.Resource.Code;
    public static string ServerError => FrameworkErrors.ServerError.Code;

    /// <summary>The catalogue entry of a problem the framework answers by status alone (401, 404 without a route, 405, 500, …).</summary>
    public static ApiError? ErrorForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => FrameworkErrors.MalformedRequest,
        StatusCodes.Status401Unauthorized => FrameworkErrors.Unauthenticated,
        StatusCodes.Status403Forbidden => FrameworkErrors.Forbidden,
        StatusCodes.Status404NotFound => NotFoundErrors.Resource,
        StatusCodes.Status405MethodNotAllowed => FrameworkErrors.MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => FrameworkErrors.RequestTooLarge,
        StatusCodes.Status415UnsupportedMediaType => FrameworkErrors.UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => FrameworkErrors.RateLimited,
        StatusCodes.Status503ServiceUnavailable => FrameworkErrors.ServiceUnavailable,
        >= 500 => FrameworkErrors.ServerError,
        _ => null,
    };

    public static string ForStatus(int status) => ErrorForStatus(status)?.Code ?? $"http_{status}";
}
