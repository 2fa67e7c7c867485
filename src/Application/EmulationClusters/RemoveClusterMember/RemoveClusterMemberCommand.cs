using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.EmulationClusters.RemoveClusterMember;

/// <summary>Removes a unit from a year's term (a correction; the audit log keeps the change).</summary>
public sealed record RemoveClusterMemberCommand(Guid ClusterId, int Year, Guid UnitId, uint? ExpectedVersion)
    : ICommand, IVersionedCommand;
