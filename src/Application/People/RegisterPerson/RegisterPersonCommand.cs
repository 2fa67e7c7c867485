using Mediator;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Domain.People;

namespace ThiDua.Application.People.RegisterPerson;

/// <summary>Registers a member of staff at a unit, in a position, from a date. Returns the person as the caller sees them.</summary>
public sealed record RegisterPersonCommand(
    string FullName, Gender Gender, DateOnly? BirthDate, string? CitizenId, string? CivilServantCode, Guid UnitId, string Position, DateOnly EmployedFrom)
    : ICommand<PersonDto>, ILockingCommand
{
    public IEnumerable<DeclaredLock> Locks => [DeclaredLock.ForReference(LockedResource.Unit, UnitId)];
}
