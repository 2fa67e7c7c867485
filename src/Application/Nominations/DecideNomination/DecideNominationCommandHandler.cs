using Mediator;
using ThiDua.Application.Awards;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Nominations.DecideNomination;

/// <summary>
/// Each passed line becomes an award in the history, with the names as they are on the decision date (a person's unit is
/// the one they worked for that day) and the bonus (coefficient of the dossier's rule set × base salary in force on the
/// decision date, rounded up to 10,000 VND). The initiatives a line rests on are used up (R9).
/// </summary>
public sealed class DecideNominationCommandHandler(
    NominationAccess access, IPersonRepository people, IUnitRepository units, IAwardRecordRepository awards, AwardBasisLedger basisLedger, TimeProvider clock)
    : ICommandHandler<DecideNominationCommand>
{
    public async ValueTask<Unit> Handle(DecideNominationCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForAuthorityAsync(command.NominationId, command, cancellationToken);
        var now = clock.GetUtcNow();
        var decision = AwardDecision.Create(command.Decision.ToReference(), command.SignerName, command.SignerTitle);
        var ruleSet = RuleSetCatalogue.Find(nomination.RuleSetCode!)!;
        var salary = BaseSalary.InForceOn(decision.Document.Date)
            ?? throw new DomainRuleViolationException(NominationErrors.NoBaseSalary);
        foreach (var line in nomination.Decide(decision, now))
        {
            var recipientName = default(string);
            var unitId = line.UnitId;
            if (line.PersonId is { } personId)
            {
                var person = await people.GetByIdAsync(personId, cancellationToken) ?? throw new NotFoundException("Person", personId.Value);
                await basisLedger.ClaimAsync(person, line.EffectiveBasis, cancellationToken);
                recipientName = person.FullName;
                unitId = person.UnitOn(decision.Document.Date);
            }

            var unit = await units.GetByIdAsync(unitId, cancellationToken) ?? throw new NotFoundException("Unit", unitId.Value);
            var record = AwardRecord.FromDecision(
                line.AwardTypeCode,
                line.PersonId,
                unit.Id,
                recipientName ?? unit.Name,
                unit.Name,
                nomination.Year,
                nomination.CommendationType,
                decision.Document,
                salary.BonusFor(ruleSet.RuleFor(line.AwardTypeCode).BonusCoefficient),
                line.EffectiveBasis,
                now);
            awards.Add(record);
            nomination.LinkAward(line.Id, record.Id);
        }

        return Unit.Value;
    }
}
