using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.People;

namespace ThiDua.Application.People.RecordPosition;

/// <summary>Records a position held (chức vụ) with its level, period and appointment decision. Returns the person as the caller sees them.</summary>
public sealed record RecordPositionCommand(Guid PersonId, string Title, PositionLevel Level, DateOnly From, DateOnly? To, DocumentInput Appointment) : ICommand<PersonDto>;
