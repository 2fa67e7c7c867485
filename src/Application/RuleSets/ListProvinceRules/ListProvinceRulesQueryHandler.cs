using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.RuleSets.ListProvinceRules;

/// <summary>The versions that set the TTLĐTT share (the only parameter of the first API, ADR 0016).</summary>
public sealed class ListProvinceRulesQueryHandler(IProvinceParametersRepository rules) : IQueryHandler<ListProvinceRulesQuery, Page<ProvinceRuleDto>>
{
    public async ValueTask<Page<ProvinceRuleDto>> Handle(ListProvinceRulesQuery query, CancellationToken cancellationToken) =>
        new((await rules.ForProvinceAsync(query.Province, cancellationToken))
            .Where(r => r.AdvancedCollectiveMemberShare is not null)
            .Select(ProvinceRuleDto.Of)
            .ToList(), null);
}
