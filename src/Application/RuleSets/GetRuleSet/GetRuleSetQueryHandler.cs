using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.RuleSets.GetRuleSet;

public sealed class GetRuleSetQueryHandler : IQueryHandler<GetRuleSetQuery, RuleSet>
{
    public ValueTask<RuleSet> Handle(GetRuleSetQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(RuleSetCatalogue.Find(query.Code)
            ?? throw new NotFoundException(NotFoundErrors.RuleSet, $"Rule set '{query.Code}' does not exist."));
}
