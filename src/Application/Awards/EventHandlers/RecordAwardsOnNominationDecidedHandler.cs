using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Eligibility;
using ThiDua.Application.RuleSets;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.Nominations.Events;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.Awards.EventHandlers;

/// <summary>
/// Each line the decision awarded becomes an award in the history, under the id and with the bonus the decision gave it,
/// with the names as they are on the decision date (a person's unit is the one they worked for that day). The initiatives
/// a person's award rests on now support it (R9, kept by <see cref="Person.UseAsAwardBasis"/>). Runs inside the same
/// save as the decision. Nominees and units are read in one query each, whatever the number of lines; the nominees are
/// loaded for change (locked in one statement, in id order).
/// </summary>
public sealed class RecordAwardsOnNominationDecidedHandler(
    INominationRepository nominations,
    IPersonRepository people,
    Domain.Units.IUnitRepository units,
    IAwardRecordRepository awards,
    IEligibilityFacts eligibilityFacts,
    ProvinceRules provinceRules)
    : INotificationHandler<NominationDecidedDomainEvent>
{
    public async ValueTask Handle(NominationDecidedDomainEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var nomination = await nominations.GetByIdAsync(notification.NominationId, cancellationToken)
            ?? throw new NotFoundException("Nomination", notification.NominationId.Value);
        var decision = nomination.Decision!;
        var date = notification.DecidedOn;
        var ruleSet = await provinceRules.ForUnitAsync(RuleSetCatalogue.Find(nomination.RuleSetCode!)!, nomination.ProposingUnitId, date, cancellationToken);
        var awarded = nomination.Lines.Where(l => l.AwardId is not null).ToList();
        var personIds = awarded.Where(l => l.PersonId is not null).Select(l => l.PersonId!.Value).Distinct().ToList();
        var nominees = personIds.Count == 0
            ? new Dictionary<PersonId, Person>()
            : await people.GetManyForChangeAsync(personIds, cancellationToken);
        var unitIds = awarded.Select(l => l.PersonId is { } id && nominees.TryGetValue(id, out var p) ? p.UnitOn(date) : l.UnitId).Distinct().ToList();
        var unitsById = (await units.GetByIdsAsync(unitIds, cancellationToken)).ToDictionary(u => u.Id);
        foreach (var line in awarded)
        {
            var recipientName = default(string);
            var basis = line.EffectiveBasis;
            var unitId = line.UnitId;
            var awardId = line.AwardId!.Value;
            if (line.PersonId is { } personId)
            {
                var person = nominees.GetValueOrDefault(personId) ?? throw new NotFoundException("Person", personId.Value);
                basis = await BasisAsync(nomination, line, person, ruleSet, date, cancellationToken);
                person.UseAsAwardBasis(awardId, basis, notification.RecordedAt);
                recipientName = person.FullName;
                unitId = person.UnitOn(date);
            }

            var unit = unitsById.GetValueOrDefault(unitId) ?? throw new NotFoundException("Unit", unitId.Value);
            awards.Add(AwardRecord.FromDecision(
                line.AwardTypeCode,
                line.PersonId,
                unit.Id,
                recipientName ?? unit.Name,
                unit.Name,
                nomination.Year,
                nomination.CommendationType,
                decision.Document,
                line.BonusVnd!.Value,
                basis,
                notification.RecordedAt,
                ruleSet.FindAwardType(line.AwardTypeCode),
                awardId));
        }
    }

    /// <summary>
    /// The initiatives the award rests on: those the line declares; else those eligibility relied on at submission, or,
    /// if another award has used them since, other unused ones that still meet the criterion today.
    /// </summary>
    private async Task<IReadOnlyList<Guid>> BasisAsync(
        Nomination nomination, NominationLine line, Person person, RuleSet ruleSet, DateOnly decisionDate, CancellationToken cancellationToken)
    {
        var basis = line.EffectiveBasis;
        if (line.BasisInitiativeIds.Count > 0 || basis.Count == 0 || person.BasisInUse(basis).Count == 0)
        {
            return basis;
        }

        var facts = await eligibilityFacts.ForPersonAsync(person.Id, cancellationToken) ?? throw new NotFoundException("Person", person.Id.Value);
        var again = EligibilityEngine.EvaluatePerson(line.AwardTypeCode, nomination.CommendationType, nomination.Year, facts, ruleSet, decisionDate).BasisInitiativeIds;
        return again.Count > 0 ? again : basis;
    }
}
