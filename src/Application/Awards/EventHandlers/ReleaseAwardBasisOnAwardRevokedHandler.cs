using Mediator;
using ThiDua.Domain.Awards.Events;
using ThiDua.Domain.People;

namespace ThiDua.Application.Awards.EventHandlers;

/// <summary>
/// A revoked award no longer uses up the initiatives it rested on: they may support another award (R9, Công văn
/// 5007/BNV-TĐKT (2023), mục III.5.c). Runs inside the same save as the revocation; the person is loaded for change.
/// </summary>
public sealed class ReleaseAwardBasisOnAwardRevokedHandler(IPersonRepository people)
    : INotificationHandler<AwardRevokedDomainEvent>
{
    public async ValueTask Handle(AwardRevokedDomainEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (notification.PersonId is not { } personId)
        {
            return;
        }

        var person = (await people.GetManyForChangeAsync([personId], cancellationToken)).GetValueOrDefault(personId);
        person?.ReleaseAwardBasis(notification.AwardId, notification.RevokedAt);
    }
}
