namespace ThiDua.Domain.Common;

/// <summary>How a broken rule is reported to clients.</summary>
public enum DomainErrorKind
{
    /// <summary>A business rule the request breaks (HTTP 422).</summary>
    BusinessRule = 1,

    /// <summary>The request conflicts with the current state: wrong lifecycle state or a duplicate (HTTP 409).</summary>
    Conflict = 2,
}

/// <summary>
/// A stable, machine-readable error: <c>Code</c> is part of the public contract; <c>Text</c> explains it in Vietnamese
/// (the default) and English (ADR 0019).
/// </summary>
public sealed record DomainError(string Code, LocalizedText Text, DomainErrorKind Kind)
{
    /// <summary>The English message (logs, exception messages); clients get <see cref="Text"/> in their language.</summary>
    public string Message => Text.En;

    public static DomainError Rule(string code, string vi, string en) => new(code, new LocalizedText(vi, en), DomainErrorKind.BusinessRule);

    public static DomainError Conflict(string code, string vi, string en) => new(code, new LocalizedText(vi, en), DomainErrorKind.Conflict);

    /// <summary>The same error with a more specific message, in both languages (the code stays the same).</summary>
    public DomainError WithMessage(string vi, string en) => this with { Text = new LocalizedText(vi, en) };
}
