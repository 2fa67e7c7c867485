using ThiDua.Domain.Common;

namespace ThiDua.Api.ErrorHandling;

/// <summary>
/// One entry of the error catalogue (ADR 0018): a stable <c>code</c>, the HTTP status it is answered with and its default
/// message. Domain and application errors are <see cref="DomainError"/>s, whose kind gives the status; the framework's own
/// problems (<see cref="FrameworkErrors"/>) are declared here with theirs. Endpoints declare the errors they can answer
/// with <see cref="EndpointErrors.Errors{TBuilder}"/>.
/// </summary>
public sealed record ApiError(string Code, int Status, string Message)
{
    /// <summary>
    /// What this code means at one endpoint, when that needs saying (e.g. "for anyone but an admin"): written after the
    /// status in the description's "Codes:" sentence. Not part of the catalogue.
    /// </summary>
    public string? Note { get; init; }

    public static implicit operator ApiError(DomainError error) => FromDomainError(error);

    /// <summary>The same error with a note for one endpoint's description.</summary>
    public ApiError Because(string note) => this with { Note = note };

    public static ApiError FromDomainError(DomainError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(error.Code, StatusOf(error.Kind), error.Message);
    }

    /// <summary>The HTTP status of a kind of domain or application error.</summary>
    public static int StatusOf(DomainErrorKind kind) => kind switch
    {
        DomainErrorKind.BusinessRule => StatusCodes.Status422UnprocessableEntity,
        DomainErrorKind.Conflict => StatusCodes.Status409Conflict,
        DomainErrorKind.NotFound => StatusCodes.Status404NotFound,
        DomainErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        DomainErrorKind.PreconditionFailed => StatusCodes.Status412PreconditionFailed,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of error."),
    };
}
