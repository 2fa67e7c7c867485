using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.People;

namespace ThiDua.Application.Eligibility.EvaluatePersonEligibility;

public sealed class EvaluatePersonEligibilityQueryHandler(IEligibilityFacts facts, TimeProvider clock)
    : IQueryHandler<EvaluatePersonEligibilityQuery, EligibilityResult>
{
    public async ValueTask<EligibilityResult> Handle(EvaluatePersonEligibilityQuery query, CancellationToken cancellationToken)
    {
        var (type, ruleSet, on) = query.Request.Resolve(RecipientKind.Individual, clock);
        var person = await facts.ForPersonAsync(new PersonId(query.PersonId), cancellationToken) ?? throw new NotFoundException("Person", query.PersonId);
        return EligibilityEngine.EvaluatePerson(type.Code, query.Request.CommendationType, query.Request.Year, person, ruleSet, on);
    }
}
