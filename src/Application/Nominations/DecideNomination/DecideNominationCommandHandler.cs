using Mediator;
using ThiDua.Application.Awards;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Eligibility;
using ThiDua.Application.RuleSets;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Nominations.DecideNomination;

/// <summary>
/// Each passed line becomes an award in the history, with the names as they are on the decision date (a person's unit is
/// the one they worked for that day) and the bonus (coefficient of the dossier's rule set × base salary in force on the
/// decision date, rounded up to 10,000 VND). The initiatives a line rests on are used up (R9). The dossier's row and the
/// nominees' rows are locked first, in that order, so that decisions cannot race or deadlock. Holds are checked again on
/// the decision date (R4): a held line gets no award, the others do. Nominees and units are read in one query each,
/// whatever the number of lines.
/// </summary>
public sealed class DecideNominationCommandHandler(
    NominationAccess access,
    IPersonRepository people,
    IUnitRepository units,
    IAwardRecordRepository awards,
    AwardBasisLedger basisLedger,
    IEligibilityFacts eligibilityFacts,
    NomineeHolds holds,
    ProvinceRules provinceRules,
    TimeProvider clock)
    : ICommandHandler<DecideNominationCommand>
{
    public async ValueTask<Unit> Handle(DecideNominationCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForDecisionAsync(command.NominationId, command, cancellationToken);
        var now = clock.GetUtcNow();
        var decision = AwardDecision.Create(command.Decision.ToReference(), command.SignerName, command.SignerTitle);
        var ruleSet = await provinceRules.ForUnitAsync(RuleSetCatalogue.Find(nomination.RuleSetCode!)!, nomination.ProposingUnitId, decision.Document.Date, cancellationToken);
        var salary = BaseSalary.InForceOn(decision.Document.Date)
            ?? throw new DomainRuleViolationException(NominationErrors.NoBaseSalary);
        var passed = nomination.Decide(decision, await holds.OnAsync(nomination, decision.Document.Date, cancellationToken), now);
        var personIds = passed.Where(l => l.PersonId is not null).Select(l => l.PersonId!.Value).Distinct().ToList();
        await basisLedger.LockAsync(personIds, cancellationToken);
        var nominees = await people.GetManyAsync(personIds, cancellationToken);
        var unitIds = passed.Select(l => l.PersonId is { } id && nominees.TryGetValue(id, out var p) ? p.UnitOn(decision.Document.Date) : l.UnitId).Distinct().ToList();
        var unitsById = (await units.GetByIdsAsync(unitIds, cancellationToken)).ToDictionary(u => u.Id);
        foreach (var line in passed)
        {
            var recipientName = default(string);
            var basis = line.EffectiveBasis;
            var unitId = line.UnitId;
            if (line.PersonId is { } personId)
            {
                var person = nominees.GetValueOrDefault(personId) ?? throw new NotFoundException("Person", personId.Value);
                basis = await BasisAsync(nomination, line, ruleSet, decision.Document.Date, cancellationToken);
                await basisLedger.ClaimAsync(person, basis, cancellationToken);
                recipientName = person.FullName;
                unitId = person.UnitOn(decision.Document.Date);
            }

            var unit = unitsById.GetValueOrDefault(unitId) ?? throw new NotFoundException("Unit", unitId.Value);
            var bonus = salary.BonusFor(ruleSet.RuleFor(line.AwardTypeCode).BonusCoefficient);
            var record = AwardRecord.FromDecision(
                line.AwardTypeCode,
                line.PersonId,
                unit.Id,
                recipientName ?? unit.Name,
                unit.Name,
                nomination.Year,
                nomination.CommendationType,
                decision.Document,
                bonus,
                basis,
                now,
                ruleSet.FindAwardType(line.AwardTypeCode));
            awards.Add(record);
            nomination.LinkAward(line.Id, record.Id, bonus);
        }

        return Unit.Value;
    }

    /// <summary>
    /// The initiatives the award rests on: those the line declares; else those eligibility relied on at submission, or,
    /// if another award has used them since, other unused ones that still meet the criterion today.
    /// </summary>
    private async Task<IReadOnlyList<Guid>> BasisAsync(Nomination nomination, NominationLine line, RuleSet ruleSet, DateOnly decisionDate, CancellationToken cancellationToken)
    {
        var basis = line.EffectiveBasis;
        if (line.BasisInitiativeIds.Count > 0 || basis.Count == 0 || (await basisLedger.UsedAsync(line.PersonId!.Value, basis, cancellationToken)).Count == 0)
        {
            return basis;
        }

        var facts = await eligibilityFacts.ForPersonAsync(line.PersonId!.Value, cancellationToken) ?? throw new NotFoundException("Person", line.PersonId.Value.Value);
        var again = EligibilityEngine.EvaluatePerson(line.AwardTypeCode, nomination.CommendationType, nomination.Year, facts, ruleSet, decisionDate).BasisInitiativeIds;
        return again.Count > 0 ? again : basis;
    }
}
