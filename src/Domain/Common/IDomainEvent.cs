namespace ThiDua.Domain.Common;

/// <summary>Something that happened in the domain; dispatched inside the unit of work before the save.</summary>
public interface IDomainEvent : Mediator.INotification;
