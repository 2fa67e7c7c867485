namespace ThiDua.Domain.Common;

/// <summary>Thrown by aggregates when a request breaks one of their rules.</summary>
public sealed class DomainRuleViolationException : Exception
{
    public DomainRuleViolationException(DomainError error)
        : this(error, null)
    {
    }

    /// <param name="error">The declared error.</param>
    /// <param name="extensions">
    /// Members the problem carries beside <c>code</c>, documented with the error (e.g. <c>existingId</c> of
    /// <c>document.duplicate</c>).
    /// </param>
    public DomainRuleViolationException(DomainError error, IReadOnlyDictionary<string, object?>? extensions)
        : base(error?.Message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
        Extensions = extensions ?? new Dictionary<string, object?>();
    }

    public DomainError Error { get; }

    public IReadOnlyDictionary<string, object?> Extensions { get; }
}
