using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Application.Common.Documents;

namespace ThiDua.Application.Nominations.DecideNomination;

/// <summary>
/// Records the numbered decision (<c>N/QĐ-XXX</c>), a document stored in ThiDua whose number, date, issuing agency and
/// signer it cites; the lines that passed become awards. A signer name or title given must agree with the document's.
/// </summary>
public sealed record DecideNominationCommand(Guid NominationId, DocumentInput Decision, string? SignerName, string? SignerTitle, uint? ExpectedVersion)
    : ICommand<NominationDto>, IVersionedCommand, ILockingCommand
{
    /// <summary>A second decision of the same dossier waits, then finds it decided (409) rather than racing the first.</summary>
    public IEnumerable<DeclaredLock> Locks => [DeclaredLock.ForChange(LockedResource.Nomination, NominationId)];
}
