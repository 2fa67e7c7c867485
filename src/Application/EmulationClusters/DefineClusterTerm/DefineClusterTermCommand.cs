using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Concurrency;
using ThiDua.Application.Common.Documents;

namespace ThiDua.Application.EmulationClusters.DefineClusterTerm;

/// <summary>
/// Records a year's term as a whole: its current members and, optionally, the election of head and deputy
/// with its document. Returns the term and whether it was created.
/// </summary>
public sealed record DefineClusterTermCommand(
    Guid ClusterId,
    int Year,
    IReadOnlyList<Guid>? MemberUnitIds,
    ClusterElectionInput? Election,
    uint? ExpectedVersion) : ICommand<Upserted<ClusterTermDto>>, IVersionedCommand, ILockingCommand
{
    public IEnumerable<DeclaredLock> Locks =>
        (MemberUnitIds ?? []).Select(id => DeclaredLock.ForReference(LockedResource.Unit, id))
            .Append(DeclaredLock.ClusterYearCovenantForReference(ClusterId, Year));
}

/// <summary>Head and (optionally) deputy elected for the year, and the document recording the election (biên bản, quyết định).</summary>
public sealed record ClusterElectionInput(Guid HeadUnitId, Guid? DeputyUnitId, DocumentInput Document);
