using Mediator;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Units;
using ThiDua.Domain.Units.Events;

namespace ThiDua.Application.EmulationClusters.EventHandlers;

/// <summary>
/// A merged or dissolved unit leaves its clusters and blocks at the effective date (domain.md §8.6; R13:
/// dissolved units are not commended, Circular 15/2025/TT-BNV). Runs inside the same save as the lineage event.
/// </summary>
public sealed class EndMembershipsOnUnitLeftOrganisationHandler(IClusterRepository clusters, TimeProvider clock)
    : INotificationHandler<UnitLeftOrganisationDomainEvent>
{
    public async ValueTask Handle(UnitLeftOrganisationDomainEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var reason = notification.NewStatus == UnitStatus.Merged ? MemberLeaveReason.Merged : MemberLeaveReason.Dissolved;
        var affected = await clusters.GetWithCurrentMemberAsync(notification.UnitId, notification.EffectiveOn.Year, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var cluster in affected)
        {
            cluster.RecordUnitLeft(notification.UnitId, notification.EffectiveOn, reason, now);
        }
    }
}
