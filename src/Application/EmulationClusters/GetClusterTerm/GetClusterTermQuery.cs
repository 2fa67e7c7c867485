using Mediator;

namespace ThiDua.Application.EmulationClusters.GetClusterTerm;

/// <summary>A cluster's members, head and deputy for a year.</summary>
public sealed record GetClusterTermQuery(Guid ClusterId, int Year) : IQuery<ClusterTermDto>;
