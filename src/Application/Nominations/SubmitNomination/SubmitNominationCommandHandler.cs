using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Eligibility;
using ThiDua.Application.RuleSets;
using ThiDua.Domain.Common;
using ThiDua.Domain.Documents;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Nominations.SubmitNomination;

/// <summary>
/// The rule set is the one in force on the day the dossier is submitted (domain.md §0.1: the date a complete dossier is
/// received decides the rules), with the parameters in force that day of the nominee's province (a person's: their
/// unit's), and R12 read from the approved registrations of the dossier's year. The submission (tờ trình) must be a
/// stored document of that type (Law 06/2022/QH15, Art. 84.1; ADR 0029).
/// </summary>
public sealed class SubmitNominationCommandHandler(
    NominationAccess access,
    IEligibilityFacts facts,
    IRegistrationFacts registrations,
    ProvinceRules provinceRules,
    IUnitRepository units,
    TimeProvider clock,
    NominationView view,
    Common.Security.AccessGuard guard)
    : ICommandHandler<SubmitNominationCommand, NominationDto>
{
    public async ValueTask<NominationDto> Handle(SubmitNominationCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForProposerAsync(command.NominationId, command, cancellationToken);
        DocumentRequirement.Require(command.Submission, DocumentType.Submission, NominationErrors.SubmissionDocumentRequired);
        var now = clock.GetUtcNow();
        var today = LegalCalendar.DateInVietnam(now);
        var ruleSet = RuleSetCatalogue.InForceOn(today) ?? throw new DomainRuleViolationException(EligibilityErrors.NoRuleSet.WithMessage(
            $"Không có bộ quy tắc nào của hệ thống có hiệu lực vào ngày {today:dd'/'MM'/'yyyy}.",
            $"No rule set of this system is in force on {today:yyyy-MM-dd}."));
        var results = new Dictionary<Guid, EligibilityResult>();

        // One rule set per province, however many lines (a dossier may list hundreds of nominees).
        var byProvince = new Dictionary<string, RuleSet>(StringComparer.Ordinal);
        async Task<RuleSet> RulesFor(string province)
        {
            var key = ProvinceParameters.KeyOf(province);
            if (!byProvince.TryGetValue(key, out var rules))
            {
                rules = await provinceRules.ApplyAsync(ruleSet, province, today, cancellationToken);
                byProvince[key] = rules;
            }

            return rules;
        }

        // Every nominee's facts, people's and collectives', in a fixed number of queries, not a round of queries per line (issue 13 target 3).
        var personLines = nomination.Lines.Where(l => l.PersonId is not null).ToList();
        var factsOfPeople = await facts.ForPeopleAsync(personLines.Select(l => l.PersonId!.Value).ToList(), cancellationToken);
        var people = personLines.ToDictionary(l => l.Id, l => factsOfPeople[l.PersonId!.Value]);

        var unitLines = nomination.Lines.Where(l => l.PersonId is null).ToList();
        var factsOfUnits = await facts.ForUnitsAsync(unitLines.Select(l => l.UnitId).ToList(), nomination.Year, cancellationToken);

        var unitsOfPeople = (await units.GetByIdsAsync(people.Values.Select(p => p.CurrentUnitId).Distinct().ToList(), cancellationToken)).ToDictionary(u => u.Id);
        foreach (var line in nomination.Lines)
        {
            if (people.TryGetValue(line.Id, out var person))
            {
                var unitOfPerson = unitsOfPeople[person.CurrentUnitId];
                var personRules = await RulesFor(unitOfPerson.Province);

                // Registrations are read only where the province makes them a precondition (R12); elsewhere the rule says it does not apply.
                var titles = personRules.EmulationRegistration.Required
                    ? await registrations.PersonTitlesAsync(unitOfPerson.Id, person.FullName, nomination.Year, cancellationToken)
                    : null;
                results[line.Id] = EligibilityEngine.EvaluatePerson(
                    line.AwardTypeCode, nomination.CommendationType, nomination.Year, person, personRules, today, line.BasisInitiativeIds, titles);
                continue;
            }

            var unit = factsOfUnits[line.UnitId];
            var unitRules = await RulesFor(unit.Province);
            var registered = unitRules.EmulationRegistration.Required ? await registrations.UnitTitlesAsync(line.UnitId, nomination.Year, cancellationToken) : null;
            results[line.Id] = EligibilityEngine.EvaluateUnit(line.AwardTypeCode, nomination.CommendationType, nomination.Year, unit, unitRules, registered, today);
        }

        // A refusal names failed rules and their facts only where the caller may read the nominee's personal data
        // (issue 15 item 2; ADR 0005): an integration client submitting for a unit learns that a criterion on personal
        // data failed, not which one.
        // The lines' units checked as a set (one statement for a council, whatever the lines), known before the synchronous Submit.
        var mayRead = await guard.MaySeePersonalDataOfAsync(nomination.Lines.Select(l => l.UnitId), cancellationToken);

        nomination.Submit(
            command.Submission!.ToReference(), results, ruleSet, now,
            (line, outcome) => mayRead[line.UnitId] || !RuleDisclosure.RevealsPersonalData(outcome.Rule));
        return await view.AfterWriteAsync(nomination.Id, cancellationToken);
    }
}
