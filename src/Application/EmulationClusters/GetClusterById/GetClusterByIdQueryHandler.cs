using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.EmulationClusters.GetClusterById;

public sealed class GetClusterByIdQueryHandler(IClusterQueries queries) : IQueryHandler<GetClusterByIdQuery, ClusterDetailsDto>
{
    public async ValueTask<ClusterDetailsDto> Handle(GetClusterByIdQuery query, CancellationToken cancellationToken) =>
        await queries.GetDetailsAsync(new ClusterId(query.Id), cancellationToken)
            ?? throw new NotFoundException("Cluster", query.Id);
}
