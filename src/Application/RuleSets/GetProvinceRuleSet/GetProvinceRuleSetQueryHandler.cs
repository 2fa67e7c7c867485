using Mediator;
using ThiDua.Application.Eligibility;
using ThiDua.Domain.Common;
using ThiDua.Domain.RuleSets;
using RuleSet = ThiDua.Application.RuleSets.Dtos.RuleSet;

namespace ThiDua.Application.RuleSets.GetProvinceRuleSet;

public sealed class GetProvinceRuleSetQueryHandler(ProvinceRules provinceRules, TimeProvider clock) : IQueryHandler<GetProvinceRuleSetQuery, RuleSet>
{
    public async ValueTask<RuleSet> Handle(GetProvinceRuleSetQuery query, CancellationToken cancellationToken)
    {
        var on = query.On ?? LegalCalendar.DateInVietnam(clock.GetUtcNow());
        var national = RuleSetCatalogue.InForceOn(on) ?? throw new DomainRuleViolationException(EligibilityErrors.NoRuleSet.WithMessage(
            $"Không có bộ quy tắc nào của hệ thống có hiệu lực vào ngày {on:dd'/'MM'/'yyyy}; bộ quy tắc đầu tiên có hiệu lực từ ngày {RuleSetCatalogue.All[0].EffectiveFrom:dd'/'MM'/'yyyy}.",
            $"No rule set of this system is in force on {on:yyyy-MM-dd}; the first starts on {RuleSetCatalogue.All[0].EffectiveFrom:yyyy-MM-dd}."));
        return RuleSet.From(await provinceRules.ApplyAsync(national, query.Province, on, cancellationToken));
    }
}
