using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.AwardTypes;

namespace ThiDua.Application.AwardTypes.ListProvincialAwardTypes;

public sealed class ListProvincialAwardTypesQueryHandler(IProvincialAwardTypeRepository types) : IQueryHandler<ListProvincialAwardTypesQuery, Page<ProvincialAwardTypeDto>>
{
    public async ValueTask<Page<ProvincialAwardTypeDto>> Handle(ListProvincialAwardTypesQuery query, CancellationToken cancellationToken) =>
        new((await types.ForProvinceAsync(query.Province, cancellationToken)).Select(ProvincialAwardTypeDto.Of).ToList(), null);
}
