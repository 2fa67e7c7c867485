using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.RuleSets;
using RuleSet = ThiDua.Application.RuleSets.Dtos.RuleSet;

namespace ThiDua.Application.RuleSets.GetRuleSet;

public sealed class GetRuleSetQueryHandler : IQueryHandler<GetRuleSetQuery, RuleSet>
{
    public ValueTask<RuleSet> Handle(GetRuleSetQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(RuleSet.From(RuleSetCatalogue.Find(query.Code)
            ?? throw new NotFoundException(NotFoundErrors.RuleSet.WithMessage($"Bộ quy tắc '{query.Code}' không tồn tại.", $"Rule set '{query.Code}' does not exist."))));
}
