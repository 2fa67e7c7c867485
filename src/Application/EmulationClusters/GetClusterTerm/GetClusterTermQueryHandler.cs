using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.EmulationClusters.GetClusterTerm;

public sealed class GetClusterTermQueryHandler(IClusterQueries queries) : IQueryHandler<GetClusterTermQuery, ClusterTermDto>
{
    public async ValueTask<ClusterTermDto> Handle(GetClusterTermQuery query, CancellationToken cancellationToken) =>
        await queries.GetTermAsync(new ClusterId(query.ClusterId), query.Year, cancellationToken)
            ?? throw new NotFoundException(NotFoundErrors.ClusterTerm, $"Cluster '{query.ClusterId}' has no term for {query.Year}.");
}
