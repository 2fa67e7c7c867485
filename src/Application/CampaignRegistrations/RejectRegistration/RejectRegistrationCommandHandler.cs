using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.History;

namespace ThiDua.Application.CampaignRegistrations.RejectRegistration;

public sealed class RejectRegistrationCommandHandler(
    RegistrationReview review, ICurrentUser user, HistoryRecording history, IRegistrationQueries queries, IReadAfterWrite written, TimeProvider clock)
    : ICommandHandler<RejectRegistrationCommand, RegistrationDto>
{
    public async ValueTask<RegistrationDto> Handle(RejectRegistrationCommand command, CancellationToken cancellationToken)
    {
        var (campaign, registration) = await review.LoadAsync(command.CampaignId, command.UnitId, command, cancellationToken);
        var historical = await history.EnterAsync(command.Historical, await review.RecordKeeperAsync(campaign, cancellationToken), cancellationToken);
        registration.Reject(campaign, command.Reason, user.Subject, clock.GetUtcNow(), historical);
        return await written.ReadAsync(ct => queries.GetAsync(registration.CampaignId, registration.UnitId, ct), cancellationToken);
    }
}
