using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Application.Common.History;

namespace ThiDua.Application.Covenants.OpenCovenantForSigning;

/// <summary>Freezes the draft and opens it for signing by the member units. Returns the covenant as opened for signing.</summary>
public sealed record OpenCovenantForSigningCommand(Guid CovenantId, uint? ExpectedVersion, HistoricalInput? Historical = null) : ICommand<CovenantDetailsDto>, IVersionedCommand, ILockingCommand
{
    public IEnumerable<DeclaredLock> Locks => [DeclaredLock.ForChange(LockedResource.Covenant, CovenantId)];
}
