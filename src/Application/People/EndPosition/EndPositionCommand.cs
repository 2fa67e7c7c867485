using Mediator;

namespace ThiDua.Application.People.EndPosition;

/// <summary>Ends a position still held (thôi giữ chức vụ) on a date.</summary>
public sealed record EndPositionCommand(Guid PersonId, Guid PositionId, DateOnly LastDay) : ICommand;
