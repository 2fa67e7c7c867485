using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.History;

namespace ThiDua.Application.CampaignRegistrations.RejectRegistration;

public sealed class RejectRegistrationCommandHandler(RegistrationReview review, ICurrentUser user, HistoryRecording history, TimeProvider clock)
    : ICommandHandler<RejectRegistrationCommand>
{
    public async ValueTask<Unit> Handle(RejectRegistrationCommand command, CancellationToken cancellationToken)
    {
        var (campaign, registration) = await review.LoadAsync(command.CampaignId, command.UnitId, command, cancellationToken);
        var historical = await history.EnterAsync(command.Historical, campaign.LaunchingAuthorityId, cancellationToken);
        registration.Reject(campaign, command.Reason, user.Subject, clock.GetUtcNow(), historical);
        return Unit.Value;
    }
}
