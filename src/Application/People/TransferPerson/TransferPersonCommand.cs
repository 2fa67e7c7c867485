using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Concurrency;

namespace ThiDua.Application.People.TransferPerson;

/// <summary>Moves a person to another unit from a date (điều động, luân chuyển); the current employment ends the day before. Returns the person as the caller sees them.</summary>
public sealed record TransferPersonCommand(Guid PersonId, Guid UnitId, string Position, DateOnly From, uint? ExpectedVersion) : ICommand<PersonDto>, IVersionedCommand, ILockingCommand
{
    public IEnumerable<DeclaredLock> Locks => [DeclaredLock.ForReference(LockedResource.Unit, UnitId)];
}
