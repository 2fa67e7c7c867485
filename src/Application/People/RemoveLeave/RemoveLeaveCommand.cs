using Mediator;

namespace ThiDua.Application.People.RemoveLeave;

/// <summary>Removes a leave recorded by mistake (the audit log keeps it).</summary>
public sealed record RemoveLeaveCommand(Guid PersonId, Guid LeaveId) : ICommand;
