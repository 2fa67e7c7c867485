using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Eligibility.EvaluateUnitEligibility;

/// <summary>The outcome names disciplined members, so it is for the unit's officer, a council over it, or an admin.</summary>
public sealed class EvaluateUnitEligibilityQueryHandler(IEligibilityFacts facts, IProvinceRuleRepository provinceRules, AccessGuard access, TimeProvider clock)
    : IQueryHandler<EvaluateUnitEligibilityQuery, EligibilityResult>
{
    public async ValueTask<EligibilityResult> Handle(EvaluateUnitEligibilityQuery query, CancellationToken cancellationToken)
    {
        var (type, ruleSet, on) = query.Request.Resolve(RecipientKind.Collective, clock);
        await access.EnsureMaySeePersonalDataAsync(new UnitId(query.UnitId), cancellationToken);
        var unit = await facts.ForUnitAsync(new UnitId(query.UnitId), query.Request.Year, cancellationToken) ?? throw new NotFoundException("Unit", query.UnitId);
        var provincial = ProvinceRuleOverride.Apply(ruleSet, await provinceRules.ForProvinceAsync(unit.Province, cancellationToken), on);
        return EligibilityEngine.EvaluateUnit(type.Code, query.Request.CommendationType, query.Request.Year, unit, provincial);
    }
}
