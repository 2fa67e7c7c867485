using Mediator;

namespace ThiDua.Application.EmulationClusters.GetClusterById;

public sealed record GetClusterByIdQuery(Guid Id) : IQuery<ClusterDetailsDto>;
