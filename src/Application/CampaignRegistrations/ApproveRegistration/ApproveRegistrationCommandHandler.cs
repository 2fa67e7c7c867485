using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.History;

namespace ThiDua.Application.CampaignRegistrations.ApproveRegistration;

public sealed class ApproveRegistrationCommandHandler(RegistrationReview review, ICurrentUser user, HistoryRecording history, TimeProvider clock)
    : ICommandHandler<ApproveRegistrationCommand>
{
    public async ValueTask<Unit> Handle(ApproveRegistrationCommand command, CancellationToken cancellationToken)
    {
        var (campaign, registration) = await review.LoadAsync(command.CampaignId, command.UnitId, command, cancellationToken);
        var historical = await history.EnterAsync(command.Historical, campaign.LaunchingAuthorityId, cancellationToken);
        registration.Approve(campaign, user.Subject, clock.GetUtcNow(), historical);
        return Unit.Value;
    }
}
