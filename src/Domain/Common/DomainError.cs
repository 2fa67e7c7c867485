namespace ThiDua.Domain.Common;

/// <summary>How a broken rule is reported to clients.</summary>
public enum DomainErrorKind
{
    /// <summary>A business rule the request breaks (HTTP 422).</summary>
    BusinessRule = 1,

    /// <summary>The request conflicts with the current state: wrong lifecycle state or a duplicate (HTTP 409).</summary>
    Conflict = 2,
}

/// <summary>A stable, machine-readable error: <c>Code</c> is part of the public contract.</summary>
public sealed record DomainError(string Code, string Message, DomainErrorKind Kind)
{
    public static DomainError Rule(string code, string message) => new(code, message, DomainErrorKind.BusinessRule);

    public static DomainError Conflict(string code, string message) => new(code, message, DomainErrorKind.Conflict);

    /// <summary>The same error with a more specific message (the code stays the same).</summary>
    public DomainError WithMessage(string message) => this with { Message = message };
}
