using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Eligibility.EvaluateUnitEligibility;

public sealed class EvaluateUnitEligibilityQueryHandler(IEligibilityFacts facts, TimeProvider clock)
    : IQueryHandler<EvaluateUnitEligibilityQuery, EligibilityResult>
{
    public async ValueTask<EligibilityResult> Handle(EvaluateUnitEligibilityQuery query, CancellationToken cancellationToken)
    {
        var (type, ruleSet, _) = query.Request.Resolve(RecipientKind.Collective, clock);
        var unit = await facts.ForUnitAsync(new UnitId(query.UnitId), query.Request.Year, cancellationToken) ?? throw new NotFoundException("Unit", query.UnitId);
        return EligibilityEngine.EvaluateUnit(type.Code, query.Request.CommendationType, query.Request.Year, unit, ruleSet);
    }
}
