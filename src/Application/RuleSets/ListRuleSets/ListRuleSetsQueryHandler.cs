using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.RuleSets;
using RuleSet = ThiDua.Application.RuleSets.Dtos.RuleSet;

namespace ThiDua.Application.RuleSets.ListRuleSets;

public sealed class ListRuleSetsQueryHandler : IQueryHandler<ListRuleSetsQuery, Page<RuleSet>>
{
    public ValueTask<Page<RuleSet>> Handle(ListRuleSetsQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new Page<RuleSet>([.. RuleSetCatalogue.All.Select(RuleSet.From)], null));
}
