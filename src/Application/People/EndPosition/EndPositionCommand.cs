using Mediator;

namespace ThiDua.Application.People.EndPosition;

/// <summary>Ends a position still held (thôi giữ chức vụ) on a date. Returns the person as the caller sees them.</summary>
public sealed record EndPositionCommand(Guid PersonId, Guid PositionId, DateOnly LastDay) : ICommand<PersonDto>;
