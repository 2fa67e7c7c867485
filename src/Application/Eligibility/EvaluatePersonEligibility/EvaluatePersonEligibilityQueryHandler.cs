using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.People;

namespace ThiDua.Application.Eligibility.EvaluatePersonEligibility;

/// <summary>
/// The outcome reveals ratings, disciplines and holds, so it is for those who may see the person's personal data: an
/// admin, a council over the person's unit, or that unit's officer.
/// </summary>
public sealed class EvaluatePersonEligibilityQueryHandler(IEligibilityFacts facts, AccessGuard access, TimeProvider clock)
    : IQueryHandler<EvaluatePersonEligibilityQuery, EligibilityResult>
{
    public async ValueTask<EligibilityResult> Handle(EvaluatePersonEligibilityQuery query, CancellationToken cancellationToken)
    {
        var (type, ruleSet, on) = query.Request.Resolve(RecipientKind.Individual, clock);
        var person = await facts.ForPersonAsync(new PersonId(query.PersonId), cancellationToken) ?? throw new NotFoundException("Person", query.PersonId);
        await access.EnsureMaySeePersonalDataAsync(person.CurrentUnitId, cancellationToken);
        return EligibilityEngine.EvaluatePerson(type.Code, query.Request.CommendationType, query.Request.Year, person, ruleSet, on);
    }
}
