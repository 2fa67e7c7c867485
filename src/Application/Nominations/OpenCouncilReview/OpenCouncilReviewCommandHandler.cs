using Mediator;
using ThiDua.Domain.Common;

namespace ThiDua.Application.Nominations.OpenCouncilReview;

/// <summary>Opens the council's review; the nominees' holds are checked again today (R4).</summary>
public sealed class OpenCouncilReviewCommandHandler(NominationView view, NominationAccess access, NomineeHolds holds, TimeProvider clock) : ICommandHandler<OpenCouncilReviewCommand, NominationDto>
{
    public async ValueTask<NominationDto> Handle(OpenCouncilReviewCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForAuthorityAsync(command.NominationId, command, cancellationToken);
        var now = clock.GetUtcNow();
        var today = LegalCalendar.DateInVietnam(now);
        nomination.OpenCouncilReview(await holds.OnAsync(nomination, today, cancellationToken), today, now);
        return await view.AfterWriteAsync(nomination.Id, cancellationToken);
    }
}
