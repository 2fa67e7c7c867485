namespace ThiDua.Domain.Common;

/// <summary>How a broken rule is reported to clients.</summary>
public enum DomainErrorKind
{
    /// <summary>A business rule the request breaks (HTTP 422).</summary>
    BusinessRule = 1,

    /// <summary>The request conflicts with the current state: wrong lifecycle state or a duplicate (HTTP 409).</summary>
    Conflict = 2,

    /// <summary>The addressed resource does not exist (HTTP 404).</summary>
    NotFound = 3,

    /// <summary>The caller may not do this: role, unit or authority (HTTP 403).</summary>
    Forbidden = 4,

    /// <summary>The request was based on a version that is no longer current (HTTP 412).</summary>
    PreconditionFailed = 5,
}

/// <summary>
/// A stable, machine-readable error: <c>Code</c> is part of the public contract. Every code is declared once, as a
/// <c>public static readonly DomainError</c> field (the domain's in its <c>…Errors</c> classes, the application's next to
/// the use case or guard that raises it); the API's error catalogue discovers them there (ADR 0018).
/// </summary>
public sealed record DomainError(string Code, string Message, DomainErrorKind Kind)
{
    public static DomainError Rule(string code, string message) => new(code, message, DomainErrorKind.BusinessRule);

    public static DomainError Conflict(string code, string message) => new(code, message, DomainErrorKind.Conflict);

    public static DomainError NotFound(string code, string message) => new(code, message, DomainErrorKind.NotFound);

    public static DomainError Forbidden(string code, string message) => new(code, message, DomainErrorKind.Forbidden);

    public static DomainError PreconditionFailed(string code, string message) => new(code, message, DomainErrorKind.PreconditionFailed);

    /// <summary>The same error with a more specific message (the code stays the same).</summary>
    public DomainError WithMessage(string message) => this with { Message = message };
}
