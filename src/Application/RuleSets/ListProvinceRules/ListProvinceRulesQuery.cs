using Mediator;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.RuleSets.ListProvinceRules;

/// <summary>A province's rule parameters, oldest first (a handful, one page).</summary>
public sealed record ListProvinceRulesQuery(string Province) : IQuery<Page<ProvinceRuleDto>>;

/// <summary>A province's TTLĐTT threshold from a date, with its regulation.</summary>
public sealed record ProvinceRuleDto(Guid Id, string Province, DateOnly EffectiveFrom, decimal AdvancedCollectiveMemberShare, bool Inclusive, Common.Documents.DocumentDto LegalBasis, string Article);
