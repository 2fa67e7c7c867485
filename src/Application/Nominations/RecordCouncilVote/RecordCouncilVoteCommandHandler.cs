using Mediator;
using ThiDua.Domain.Common;

namespace ThiDua.Application.Nominations.RecordCouncilVote;

/// <summary>Records the council's ballot on a line; the nominee's holds are checked again today (R4).</summary>
public sealed class RecordCouncilVoteCommandHandler(NominationAccess access, NomineeHolds holds, TimeProvider clock) : ICommandHandler<RecordCouncilVoteCommand>
{
    public async ValueTask<Unit> Handle(RecordCouncilVoteCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForAuthorityAsync(command.NominationId, command, cancellationToken);
        var now = clock.GetUtcNow();
        var line = nomination.FindLine(command.LineId);
        var hold = await holds.TodayAsync(line, now, cancellationToken);
        nomination.RecordVote(command.LineId, command.Members, command.Present, command.Yes, command.WrittenYes, hold, LegalCalendar.DateInVietnam(now), now);
        return Unit.Value;
    }
}
