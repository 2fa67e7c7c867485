using Mediator;

namespace ThiDua.Application.People.EndLeave;

/// <summary>Ends an open leave (the person came back) on a date. Returns the person as the caller sees them.</summary>
public sealed record EndLeaveCommand(Guid PersonId, Guid LeaveId, DateOnly LastDay) : ICommand<PersonDto>;
