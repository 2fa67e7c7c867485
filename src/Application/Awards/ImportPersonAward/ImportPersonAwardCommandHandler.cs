using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.History;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Application.RuleSets;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Awards.ImportPersonAward;

/// <summary>
/// Award records are legal records: an admin, or a council of an authority strictly above the person's unit, enters them
/// — no council records awards for its own unit's staff, whose dossiers go to the authority above it (issue 15 item 3). An imported award is
/// history (ADR 0014): the audit entry is marked so, with the decision's date and document as the act's date and source.
/// </summary>
public sealed class ImportPersonAwardCommandHandler(
    IPersonRepository people,
    IUnitRepository units,
    IAwardRecordRepository awards,
    AccessGuard access,
    ProvinceRules provinceRules,
    ICurrentUser user,
    HistoryAuditMark history,
    IAwardQueries queries,
    IReadAfterWrite written,
    TimeProvider clock)
    : ICommandHandler<ImportPersonAwardCommand, AwardRecordDto>
{
    public async ValueTask<AwardRecordDto> Handle(ImportPersonAwardCommand command, CancellationToken cancellationToken)
    {
        // Loaded for change (locked in its own statement): awards to one person are recorded one at a time (R9).
        var person = (await people.GetManyForChangeAsync([new PersonId(command.PersonId)], cancellationToken)).GetValueOrDefault(new PersonId(command.PersonId))
            ?? throw new NotFoundException("Person", command.PersonId);
        await access.EnsureCanJudgeAsync(person.CurrentUnitId, cancellationToken);
        var decision = command.Decision.ToReference();
        var unitId = person.UnitOn(decision.Date);
        var unit = await units.GetByIdAsync(unitId, cancellationToken) ?? throw new NotFoundException("Unit", unitId.Value);
        var code = command.AwardTypeCode.Trim().ToUpperInvariant();

        // A province's own award type: for people of a unit of that province on the decision date, while it applied.
        var provincialType = await provinceRules.ResolveAsync(code, unit.Province, decision.Date, cancellationToken);
        var now = clock.GetUtcNow();
        var record = AwardRecord.ImportForPerson(
            code, person, unit, command.Year, command.CommendationType, decision, command.BasisInitiativeIds ?? [], now, provincialType);
        record.ClassifyForStatistics(command.StatisticsRecipientCategory, command.StatisticsAwardMethod, now);
        history.Current = HistoricalEntry.Create(record.Decision.Date, record.Decision, user.Subject, now);
        person.UseAsAwardBasis(record.Id, record.BasisInitiativeIds, now);
        awards.Add(record);
        return await written.ReadAsync(ct => queries.GetAsync(record.Id.Value, ct), cancellationToken);
    }
}
