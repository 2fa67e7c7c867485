using Mediator;

namespace ThiDua.Application.People.EndDiscipline;

/// <summary>Ends a discipline period or lifts a hold (the person is cleared) on a date. Returns the person as the caller sees them.</summary>
public sealed record EndDisciplineCommand(Guid PersonId, Guid DisciplineId, DateOnly LastDay) : ICommand<PersonDto>;
