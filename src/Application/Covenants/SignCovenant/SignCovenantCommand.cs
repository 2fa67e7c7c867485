using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Application.Common.History;

namespace ThiDua.Application.Covenants.SignCovenant;

/// <summary>
/// Records a member unit's signature of the covenant (with the name and title of its signatory); with
/// <c>Historical</c>, a past signature entered from its source document (ADR 0014); with <c>Document</c>, the signed
/// covenant as a stored document (ADR 0029). Returns the covenant as signed.
/// </summary>
public sealed record SignCovenantCommand(Guid CovenantId, Guid UnitId, string? SignatoryName, HistoricalInput? Historical = null, DocumentInput? Document = null)
    : ICommand<CovenantDetailsDto>, ILockingCommand
{
    /// <summary>The covenant changes; the signing unit must stay a member until the signature commits (a merger waits).</summary>
    public IEnumerable<DeclaredLock> Locks =>
        [DeclaredLock.ForChange(LockedResource.Covenant, CovenantId), DeclaredLock.ForReference(LockedResource.Unit, UnitId)];
}
