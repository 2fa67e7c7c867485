using Mediator;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.RuleSets.GetRuleSet;

public sealed record GetRuleSetQuery(string Code) : IQuery<RuleSet>;
