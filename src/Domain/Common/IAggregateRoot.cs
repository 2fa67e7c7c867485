namespace ThiDua.Domain.Common;

/// <summary>Non-generic view of an aggregate root, for the unit of work.</summary>
public interface IAggregateRoot
{
    IReadOnlyCollection<IDomainEvent> DomainEvents { get; }

    void ClearDomainEvents();
}
