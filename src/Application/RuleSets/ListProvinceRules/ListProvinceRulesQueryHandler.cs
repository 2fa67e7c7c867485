using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.RuleSets.ListProvinceRules;

public sealed class ListProvinceRulesQueryHandler(IProvinceRuleRepository rules) : IQueryHandler<ListProvinceRulesQuery, Page<ProvinceRuleDto>>
{
    public async ValueTask<Page<ProvinceRuleDto>> Handle(ListProvinceRulesQuery query, CancellationToken cancellationToken) =>
        new((await rules.ForProvinceAsync(query.Province, cancellationToken))
            .Select(r => new ProvinceRuleDto(r.Id.Value, r.Province, r.EffectiveFrom, r.AdvancedCollectiveMemberShare, r.AdvancedCollectiveShareInclusive, DocumentDto.From(r.LegalBasis)!, r.Article))
            .ToList(), null);
}
