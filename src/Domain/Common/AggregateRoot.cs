namespace ThiDua.Domain.Common;

/// <summary>
/// Base of every aggregate root: identity, optimistic-concurrency version (PostgreSQL <c>xmin</c>),
/// timestamps and the pending domain events that the unit of work dispatches inside the save.
/// </summary>
public abstract class AggregateRoot<TId> : IAggregateRoot
    where TId : struct
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public TId Id { get; protected set; }

    /// <summary>Row version, mapped to PostgreSQL <c>xmin</c>; exposed to clients as the ETag.</summary>
    public uint Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents.AsReadOnly();

    public void ClearDomainEvents() => _domainEvents.Clear();

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    /// <summary>Marks the root as changed, so that its <c>xmin</c> moves even when only a child row changed.</summary>
    protected void Touch(DateTimeOffset now)
    {
        if (CreatedAt == default)
        {
            CreatedAt = now;
        }

        UpdatedAt = now;
    }
}
