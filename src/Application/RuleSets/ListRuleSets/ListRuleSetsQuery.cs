using Mediator;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.RuleSets.Dtos;

namespace ThiDua.Application.RuleSets.ListRuleSets;

/// <summary>Every rule set, oldest first: a handful over the years, so one page in the list shape.</summary>
public sealed record ListRuleSetsQuery : IQuery<Page<RuleSet>>;
