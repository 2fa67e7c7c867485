using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.CampaignRegistrations.RejectRegistration;

public sealed class RejectRegistrationCommandHandler(RegistrationReview review, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<RejectRegistrationCommand>
{
    public async ValueTask<Unit> Handle(RejectRegistrationCommand command, CancellationToken cancellationToken)
    {
        var (campaign, registration) = await review.LoadAsync(command.CampaignId, command.UnitId, command, cancellationToken);
        registration.Reject(campaign, command.Reason, user.Subject, clock.GetUtcNow());
        return Unit.Value;
    }
}
