using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Application.Common.History;

namespace ThiDua.Application.Covenants.FinalizeCovenant;

/// <summary>
/// Closes scoring: scores become read-only and the leading unit(s) are recorded; with <c>ScoreboardDecision</c>, the
/// document recording the results, stored (ADR 0029). Returns the covenant as finalized.
/// </summary>
public sealed record FinalizeCovenantCommand(Guid CovenantId, uint? ExpectedVersion, HistoricalInput? Historical = null, DocumentInput? ScoreboardDecision = null)
    : ICommand<CovenantDetailsDto>, IVersionedCommand, ILockingCommand
{
    /// <summary>Score updates in flight finish before the ranking is read; later ones see the covenant finalized.</summary>
    public IEnumerable<DeclaredLock> Locks => [DeclaredLock.ForChange(LockedResource.Covenant, CovenantId)];
}
