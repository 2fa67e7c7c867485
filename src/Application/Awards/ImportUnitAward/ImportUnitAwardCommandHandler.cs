using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.History;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Application.RuleSets;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Awards.ImportUnitAward;

/// <summary>
/// An admin, or a council of an authority strictly above the unit, enters its past awards: no council records awards for
/// its own unit, as it does not rate or decide on it (issue 15 item 3, <see cref="AccessGuard.EnsureCanJudgeAsync"/>). An imported award is history (ADR 0014): the audit
/// entry is marked so, with the decision's date and document as the act's date and source.
/// </summary>
public sealed class ImportUnitAwardCommandHandler(
    IUnitRepository units, IAwardRecordRepository awards, AccessGuard access, ProvinceRules provinceRules, ICurrentUser user, HistoryAuditMark history, IAwardQueries queries, IReadAfterWrite written,
    TimeProvider clock)
    : ICommandHandler<ImportUnitAwardCommand, AwardRecordDto>
{
    public async ValueTask<AwardRecordDto> Handle(ImportUnitAwardCommand command, CancellationToken cancellationToken)
    {
        var unit = await units.GetByIdAsync(new UnitId(command.UnitId), cancellationToken) ?? throw new NotFoundException("Unit", command.UnitId);
        await access.EnsureCanJudgeAsync(unit.Id, cancellationToken);
        var code = command.AwardTypeCode.Trim().ToUpperInvariant();

        // A province's own award type is on record only for units of that province, on a decision dated while it applied.
        var provincialType = await provinceRules.ResolveAsync(code, unit.Province, command.Decision.ToReference().Date, cancellationToken);
        var now = clock.GetUtcNow();
        var record = AwardRecord.ImportForUnit(code, unit, command.Year, command.CommendationType, command.Decision.ToReference(), now, provincialType);
        record.ClassifyForStatistics(command.StatisticsRecipientCategory, command.StatisticsAwardMethod, now);
        history.Current = HistoricalEntry.Create(record.Decision.Date, record.Decision, user.Subject, now);
        awards.Add(record);
        return await written.ReadAsync(ct => queries.GetAsync(record.Id.Value, ct), cancellationToken);
    }
}
