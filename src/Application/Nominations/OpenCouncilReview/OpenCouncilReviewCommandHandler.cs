using Mediator;

namespace ThiDua.Application.Nominations.OpenCouncilReview;

public sealed class OpenCouncilReviewCommandHandler(NominationAccess access, TimeProvider clock) : ICommandHandler<OpenCouncilReviewCommand>
{
    public async ValueTask<Unit> Handle(OpenCouncilReviewCommand command, CancellationToken cancellationToken)
    {
        var nomination = await access.LoadForAuthorityAsync(command.NominationId, command, cancellationToken);
        nomination.OpenCouncilReview(clock.GetUtcNow());
        return Unit.Value;
    }
}
