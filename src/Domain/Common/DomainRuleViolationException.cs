namespace ThiDua.Domain.Common;

/// <summary>Thrown by aggregates when a request breaks one of their rules.</summary>
public sealed class DomainRuleViolationException : Exception
{
    public DomainRuleViolationException(DomainError error)
        : base(error.Message) => Error = error;

    public DomainError Error { get; }
}
