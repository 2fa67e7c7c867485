using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.RuleSets.ListProvinceRules;

namespace ThiDua.Application.RuleSets.SetProvinceRule;

/// <summary>
/// Records a province's own TTLĐTT threshold (share of members with Lao động tiên tiến) from a date, with the
/// provincial regulation and article that set it. Returns the rule as recorded.
/// </summary>
public sealed record SetProvinceRuleCommand(
    string Province, DateOnly EffectiveFrom, decimal AdvancedCollectiveMemberShare, bool Inclusive, DocumentInput LegalBasis, string Article) : ICommand<ProvinceRuleDto>;
