using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Application.Common.Documents;

namespace ThiDua.Application.Nominations.DecideNomination;

/// <summary>Records the numbered decision (<c>N/QĐ-XXX</c>, date, issuing body, signer); the lines that passed become awards.</summary>
public sealed record DecideNominationCommand(Guid NominationId, DocumentInput Decision, string SignerName, string SignerTitle, uint? ExpectedVersion)
    : ICommand<NominationDto>, IVersionedCommand, ILockingCommand
{
    /// <summary>A second decision of the same dossier waits, then finds it decided (409) rather than racing the first.</summary>
    public IEnumerable<DeclaredLock> Locks => [DeclaredLock.ForChange(LockedResource.Nomination, NominationId)];
}
