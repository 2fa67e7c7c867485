using Mediator;

namespace ThiDua.Application.People.RemovePosition;

/// <summary>Removes a position recorded by mistake (the audit log keeps it).</summary>
public sealed record RemovePositionCommand(Guid PersonId, Guid PositionId) : ICommand;
