using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.EmulationClusters.AddClusterMember;

/// <summary>Adds a unit to a year's term (joining on <c>JoinedOn</c>, 1 January by default).</summary>
public sealed record AddClusterMemberCommand(Guid ClusterId, int Year, Guid UnitId, DateOnly? JoinedOn, uint? ExpectedVersion)
    : ICommand, IVersionedCommand;
