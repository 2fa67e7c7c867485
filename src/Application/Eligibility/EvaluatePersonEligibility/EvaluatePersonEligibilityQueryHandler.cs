using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Application.RuleSets;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Eligibility.EvaluatePersonEligibility;

/// <summary>
/// The outcome reveals ratings, disciplines and holds, so it is for those who may see the person's personal data: an
/// admin, a council over the person's unit, or that unit's officer. The province of the person's unit decides the
/// provincial parameters and own award types that apply.
/// </summary>
public sealed class EvaluatePersonEligibilityQueryHandler(
    IEligibilityFacts facts, IRegistrationFacts registrations, ProvinceRules provinceRules, IUnitRepository units, AccessGuard access, TimeProvider clock)
    : IQueryHandler<EvaluatePersonEligibilityQuery, Results.EligibilityResult>
{
    public async ValueTask<Results.EligibilityResult> Handle(EvaluatePersonEligibilityQuery query, CancellationToken cancellationToken)
    {
        var person = await facts.ForPersonAsync(new PersonId(query.PersonId), cancellationToken) ?? throw new NotFoundException("Person", query.PersonId);
        await access.EnsureMaySeePersonalDataAsync(person.CurrentUnitId, cancellationToken);
        var unit = await units.GetByIdAsync(person.CurrentUnitId, cancellationToken) ?? throw new NotFoundException("Unit", person.CurrentUnitId.Value);
        var provincialType = await provinceRules.ResolveAsync(query.Request.Code, unit.Province, query.Request.DateOn(clock), cancellationToken);
        var (type, ruleSet, on) = query.Request.Resolve(RecipientKind.Individual, clock, provincialType);
        var provincial = await provinceRules.ApplyAsync(ruleSet, unit.Province, on, cancellationToken);
        var registered = await registrations.PersonTitlesAsync(unit.Id, person.FullName, query.Request.Year, cancellationToken);
        return Results.EligibilityResult.From(EligibilityEngine.EvaluatePerson(type.Code, query.Request.CommendationType, query.Request.Year, person, provincial, on, registeredTitles: registered));
    }
}
