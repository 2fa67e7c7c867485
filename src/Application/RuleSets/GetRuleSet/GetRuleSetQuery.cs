using Mediator;
using ThiDua.Application.RuleSets.Dtos;

namespace ThiDua.Application.RuleSets.GetRuleSet;

public sealed record GetRuleSetQuery(string Code) : IQuery<RuleSet>;
