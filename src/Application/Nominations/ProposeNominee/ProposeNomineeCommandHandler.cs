using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.RuleSets;
using ThiDua.Domain.Common;
using ThiDua.Domain.Awards;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Nominations.ProposeNominee;

/// <summary>
/// A dossier proposes the proposing unit, units under it, and their staff; a unit officer, only its own unit and staff. A
/// province's own award type is proposed only for units of that province (a person: their unit's), while it applies.
/// </summary>
public sealed class ProposeNomineeCommandHandler(NominationView view, NominationAccess access, IPersonRepository people, IUnitRepository units, ProvinceRules provinceRules, TimeProvider clock)
    : ICommandHandler<ProposeNomineeCommand, NominationDto>
{
    public async ValueTask<NominationDto> Handle(ProposeNomineeCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForProposerAsync(command.NominationId, command, cancellationToken);
        var code = command.AwardTypeCode.Trim().ToUpperInvariant();
        var now = clock.GetUtcNow();
        if (command.PersonId is { } personId)
        {
            var person = await people.GetByIdAsync(new PersonId(personId), cancellationToken) ?? throw new NotFoundException("Person", personId);
            var unknown = (command.BasisInitiativeIds ?? []).Where(id => person.Initiatives.All(i => i.Id != id)).ToList();
            if (unknown.Count > 0)
            {
                throw new Domain.Common.DomainRuleViolationException(AwardErrors.UnknownInitiative.WithMessage($"{person.FullName} không có sáng kiến {unknown[0]}.", $"{person.FullName} has no initiative {unknown[0]}."));
            }

            access.EnsureMayPropose(nomination, person.CurrentUnitId);
            var under = await access.IsUnderAsync(nomination.ProposingUnitId, person.CurrentUnitId, cancellationToken);
            var personUnit = await units.GetByIdAsync(person.CurrentUnitId, cancellationToken) ?? throw new NotFoundException("Unit", person.CurrentUnitId.Value);
            var personType = await provinceRules.ResolveAsync(code, personUnit.Province, LegalCalendar.DateInVietnam(now), cancellationToken);
            var personLine = nomination.ProposePerson(
                person, under, code, command.AchievementSummary, command.Evidence ?? [], command.BasisInitiativeIds ?? [], command.Justification, now, personType);
            AttachReport(nomination, personLine, command, now);
            return await view.AfterWriteAsync(nomination.Id, cancellationToken);
        }

        var unit = await units.GetByIdAsync(new UnitId(command.UnitId!.Value), cancellationToken) ?? throw new NotFoundException("Unit", command.UnitId.Value);
        access.EnsureMayPropose(nomination, unit.Id);
        var unitUnder = await access.IsUnderAsync(nomination.ProposingUnitId, unit.Id, cancellationToken);
        var unitType = await provinceRules.ResolveAsync(code, unit.Province, LegalCalendar.DateInVietnam(now), cancellationToken);
        var unitLine = nomination.ProposeUnit(unit, unitUnder, code, command.AchievementSummary, command.Evidence ?? [], command.Justification, now, unitType);
        AttachReport(nomination, unitLine, command, now);
        return await view.AfterWriteAsync(nomination.Id, cancellationToken);
    }

    /// <summary>The line's achievement report, when the proposal came with one (Law 06/2022/QH15, Art. 84.1).</summary>
    private static void AttachReport(Domain.Nominations.Nomination nomination, Domain.Nominations.NominationLine line, ProposeNomineeCommand command, DateTimeOffset now)
    {
        if (DocumentRequirement.Optional(command.AchievementReport, Domain.Documents.DocumentType.Report) is { } report)
        {
            nomination.AttachAchievementReport(line.Id, report, now);
        }
    }
}
