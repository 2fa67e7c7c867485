using Mediator;
using ThiDua.Application.Eligibility;
using ThiDua.Application.RuleSets;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Nominations.SubmitNomination;

/// <summary>
/// The rule set is the one in force on the day the dossier is submitted (domain.md §0.1: the date a complete dossier is
/// received decides the rules), with the parameters in force that day of the nominee's province (a person's: their
/// unit's), and R12 read from the approved registrations of the dossier's year.
/// </summary>
public sealed class SubmitNominationCommandHandler(
    NominationAccess access, IEligibilityFacts facts, IRegistrationFacts registrations, ProvinceRules provinceRules, IUnitRepository units, TimeProvider clock)
    : ICommandHandler<SubmitNominationCommand>
{
    public async ValueTask<Unit> Handle(SubmitNominationCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForProposerAsync(command.NominationId, command, cancellationToken);
        var now = clock.GetUtcNow();
        var today = LegalCalendar.DateInVietnam(now);
        var ruleSet = RuleSetCatalogue.InForceOn(today) ?? throw new DomainRuleViolationException(EligibilityErrors.NoRuleSet.WithMessage(
            $"No rule set of this system is in force on {today:yyyy-MM-dd}."));
        var results = new Dictionary<Guid, EligibilityResult>();
        foreach (var line in nomination.Lines)
        {
            if (line.PersonId is { } personId)
            {
                var person = (await facts.ForPersonAsync(personId, cancellationToken))!;
                var unitOfPerson = (await units.GetByIdAsync(person.CurrentUnitId, cancellationToken))!;
                var forPerson = await provinceRules.ApplyAsync(ruleSet, unitOfPerson.Province, today, cancellationToken);
                var titles = await registrations.PersonTitlesAsync(unitOfPerson.Id, person.FullName, nomination.Year, cancellationToken);
                results[line.Id] = EligibilityEngine.EvaluatePerson(
                    line.AwardTypeCode, nomination.CommendationType, nomination.Year, person, forPerson, today, line.BasisInitiativeIds, titles);
                continue;
            }

            var unit = (await facts.ForUnitAsync(line.UnitId, nomination.Year, cancellationToken))!;
            var provincial = await provinceRules.ApplyAsync(ruleSet, unit.Province, today, cancellationToken);
            var registered = await registrations.UnitTitlesAsync(line.UnitId, nomination.Year, cancellationToken);
            results[line.Id] = EligibilityEngine.EvaluateUnit(line.AwardTypeCode, nomination.CommendationType, nomination.Year, unit, provincial, registered);
        }

        nomination.Submit(results, ruleSet, now);
        return Unit.Value;
    }
}
