using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.RuleSets;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Certificates;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.Nominations.Events;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Certificates.EventHandlers;

/// <summary>
/// Enters every award a decision conferred in the issuer's register, in the same unit of work as the decision: one
/// gold-book number and one certificate number each, taken in one statement from the counter of (issuer, year of the
/// decision) and held until commit (ADR 0027). The certificate carries the names as they are on the decision date (a
/// person's unit is the one they worked for that day, as the award records it), the person's position held that day
/// (the highest leadership position, Decree 152/2025/NĐ-CP Art. 9.3 ordering; else the post of their employment), the
/// line's achievement text, the decision and its signer.
/// The place is the province of the proposing unit. Independent of the order in which the decision's handlers run: it
/// reads the nomination, not the award records (a foreign key orders the inserts).
/// </summary>
public sealed class IssueCertificatesOnNominationDecidedHandler(
    INominationRepository nominations,
    IPersonRepository people,
    IUnitRepository units,
    ICertificateRepository certificates,
    ICertificateRegister register,
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
        var awarded = nomination.Lines.Where(l => l.AwardId is not null).ToList();
        if (awarded.Count == 0)
        {
            return;
        }

        var ruleSet = await provinceRules.ForUnitAsync(RuleSetCatalogue.Find(nomination.RuleSetCode!)!, nomination.ProposingUnitId, date, cancellationToken);
        var personIds = awarded.Where(l => l.PersonId is not null).Select(l => l.PersonId!.Value).Distinct().ToList();
        var nominees = personIds.Count == 0 ? new Dictionary<PersonId, Person>() : await people.GetManyAsync(personIds, cancellationToken);
        var unitIds = awarded.Select(l => l.PersonId is { } id && nominees.TryGetValue(id, out var p) ? p.UnitOn(date) : l.UnitId)
            .Append(nomination.ProposingUnitId).Distinct().ToList();
        var unitsById = (await units.GetByIdsAsync(unitIds, cancellationToken)).ToDictionary(u => u.Id);
        var place = unitsById.GetValueOrDefault(nomination.ProposingUnitId)?.Province ?? throw new NotFoundException("Unit", nomination.ProposingUnitId.Value);

        var numbers = await register.NextAsync(decision.IssuerKey, decision.Year, awarded.Count, awarded.Count, cancellationToken);
        for (var i = 0; i < awarded.Count; i++)
        {
            var line = awarded[i];
            var awardType = ruleSet.FindAwardType(line.AwardTypeCode) ?? throw new NotFoundException(NotFoundErrors.AwardType);
            string salutation;
            string recipientName;
            string? position = null;
            var unitId = line.UnitId;
            if (line.PersonId is { } personId)
            {
                var person = nominees.GetValueOrDefault(personId) ?? throw new NotFoundException("Person", personId.Value);
                salutation = CertificateContent.SalutationFor(RecipientKind.Individual, person.Gender == Gender.Female);
                recipientName = person.FullName;
                position = person.Positions
                    .Where(p => p.From <= date && (p.To is null || p.To >= date))
                    .OrderByDescending(p => p.Level).Select(p => p.Title).FirstOrDefault()
                    ?? person.Employments.Where(e => e.From <= date && (e.To is null || e.To >= date)).Select(e => e.Position).FirstOrDefault();
                unitId = person.UnitOn(date);
            }
            else
            {
                salutation = CertificateContent.SalutationFor(RecipientKind.Collective, null);
                recipientName = unitsById.GetValueOrDefault(unitId)?.Name ?? throw new NotFoundException("Unit", unitId.Value);
            }

            var unit = unitsById.GetValueOrDefault(unitId) ?? throw new NotFoundException("Unit", unitId.Value);
            var content = CertificateContent.Create(
                decision.Document.Issuer!,
                awardType,
                salutation,
                recipientName,
                position,
                unit.Name,
                line.AchievementSummary,
                decision.Document,
                place,
                decision.SignerTitle,
                decision.SignerName);
            certificates.Add(Certificate.Issue(
                line.AwardId!.Value, decision.IssuerKey, decision.Year, content, numbers.FirstGoldBookNumber + i, numbers.FirstCertificateNumber + i, notification.RecordedAt));
        }
    }
}
