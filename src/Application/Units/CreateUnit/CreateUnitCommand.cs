using Mediator;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units.CreateUnit;

/// <summary>Registers an organisation unit. Returns it as created.</summary>
public sealed record CreateUnitCommand(
    string Code,
    string Name,
    string? ShortName,
    UnitKind Kind,
    Guid? ParentId,
    string Province,
    DateOnly? ValidFrom,
    string? AgencyCode = null) : ICommand<UnitDetailsDocument>, ILockingCommand
{
    public IEnumerable<DeclaredLock> Locks => ParentId is { } parent ? [DeclaredLock.ForReference(LockedResource.Unit, parent)] : [];
}
