using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.RuleSets.ListProvinceParameters;

public sealed class ListProvinceParametersQueryHandler(IProvinceParametersRepository parameters) : IQueryHandler<ListProvinceParametersQuery, Page<ProvinceParametersDto>>
{
    public async ValueTask<Page<ProvinceParametersDto>> Handle(ListProvinceParametersQuery query, CancellationToken cancellationToken) =>
        new(ProvinceParametersDto.Of(await parameters.ForProvinceAsync(query.Province, cancellationToken)), null);
}
