using Mediator;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.RuleSets;
using ThiDua.Domain.Common;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.Nominations.RecordCouncilVote;

/// <summary>
/// Records the council's ballot on a line; the nominee's holds are checked again today (R4). The session follows the
/// parameters in force today of the province of the dossier's proposing unit (e.g. Bắc Ninh's ≥ 80 % of members present
/// at award sessions): the council that votes is identified only as an authority over that unit, and a province's
/// council decides on its own province's units.
/// </summary>
public sealed class RecordCouncilVoteCommandHandler(NominationView view, NominationAccess access, NomineeHolds holds, ProvinceRules provinceRules, TimeProvider clock)
    : ICommandHandler<RecordCouncilVoteCommand, NominationDto>
{
    public async ValueTask<NominationDto> Handle(RecordCouncilVoteCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForAuthorityAsync(command.NominationId, command, cancellationToken);
        var now = clock.GetUtcNow();
        var line = nomination.FindLine(command.LineId);
        var hold = await holds.TodayAsync(line, now, cancellationToken);
        var today = LegalCalendar.DateInVietnam(now);
        var applicable = nomination.RuleSetCode is { } code && RuleSetCatalogue.Find(code) is { } national
            ? await provinceRules.ForUnitAsync(national, nomination.ProposingUnitId, today, cancellationToken)
            : null;
        nomination.RecordVote(
            command.LineId, command.Members, command.Present, command.Yes, command.WrittenYes, hold, today, now, applicable,
            DocumentRequirement.Optional(command.Minutes, Domain.Documents.DocumentType.Minutes));
        return await view.AfterWriteAsync(nomination.Id, cancellationToken);
    }
}
