using Mediator;
using ThiDua.Application.Eligibility;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.Nominations.SubmitNomination;

/// <summary>
/// The rule set is the one in force on the day the dossier is submitted (domain.md §0.1: the date a complete dossier is
/// received decides the rules).
/// </summary>
public sealed class SubmitNominationCommandHandler(NominationAccess access, IEligibilityFacts facts, IProvinceRuleRepository provinceRules, TimeProvider clock) : ICommandHandler<SubmitNominationCommand>
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
                results[line.Id] = EligibilityEngine.EvaluatePerson(
                    line.AwardTypeCode, nomination.CommendationType, nomination.Year, (await facts.ForPersonAsync(personId, cancellationToken))!, ruleSet, today, line.BasisInitiativeIds);
                continue;
            }

            var unit = (await facts.ForUnitAsync(line.UnitId, nomination.Year, cancellationToken))!;
            var provincial = ProvinceRuleOverride.Apply(ruleSet, await provinceRules.ForProvinceAsync(unit.Province, cancellationToken), today);
            results[line.Id] = EligibilityEngine.EvaluateUnit(line.AwardTypeCode, nomination.CommendationType, nomination.Year, unit, provincial);
        }

        nomination.Submit(results, ruleSet, now);
        return Unit.Value;
    }
}
