using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Application.RuleSets;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Eligibility.EvaluateUnitEligibility;

/// <summary>
/// The outcome names disciplined members, so it is for the unit's officer, a council over it, or an admin. The unit's
/// province's parameters in force on the evaluation date apply, and its own award types may be asked for.
/// </summary>
public sealed class EvaluateUnitEligibilityQueryHandler(
    IEligibilityFacts facts, IRegistrationFacts registrations, ProvinceRules provinceRules, AccessGuard access, TimeProvider clock)
    : IQueryHandler<EvaluateUnitEligibilityQuery, Results.EligibilityResult>
{
    public async ValueTask<Results.EligibilityResult> Handle(EvaluateUnitEligibilityQuery query, CancellationToken cancellationToken)
    {
        await access.EnsureMaySeePersonalDataAsync(new UnitId(query.UnitId), cancellationToken);
        var unit = await facts.ForUnitAsync(new UnitId(query.UnitId), query.Request.Year, cancellationToken) ?? throw new NotFoundException("Unit", query.UnitId);
        var provincialType = await provinceRules.ResolveAsync(query.Request.Code, unit.Province, query.Request.DateOn(clock), cancellationToken);
        var (type, ruleSet, on) = query.Request.Resolve(RecipientKind.Collective, clock, provincialType);
        var provincial = await provinceRules.ApplyAsync(ruleSet, unit.Province, on, cancellationToken);
        var registered = await registrations.UnitTitlesAsync(new UnitId(query.UnitId), query.Request.Year, cancellationToken);
        return Results.EligibilityResult.From(EligibilityEngine.EvaluateUnit(type.Code, query.Request.CommendationType, query.Request.Year, unit, provincial, registered, on));
    }
}
