using Mediator;
using ThiDua.Application.RuleSets.Dtos;

namespace ThiDua.Application.RuleSets.GetProvinceRuleSet;

/// <summary>The rules that apply to units of a province on a date (default today in Vietnam): the national rule set with the province's parameters and own award types.</summary>
public sealed record GetProvinceRuleSetQuery(string Province, DateOnly? On) : IQuery<RuleSet>;
