using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Security;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Events.GetEventFeed;

namespace ThiDua.Api.Endpoints.Events;

/// <summary>The change feed of integration events (ADR 0025; docs/events.md).</summary>
public sealed class EventEndpoints : IEndpointGroup
{
    public static string Resource => "events";

    public static string Tag => "Events";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("", GetEventFeed)
            .WithName(nameof(GetEventFeed))
            .Errors(
                AccessGuard.OutsideAuthority.Because("the token names no unit and no authority is configured for the integration client"),
                AccessGuard.RoleNotAllowed.Because("a unit officer has no change feed"))
            .WithSummary("Change feed: integration events after a cursor, in commit order")
            .WithDescription("For systems that poll (the LGSP way) instead of receiving webhooks. Events come oldest first in commit order, as CloudEvents 1.0 JSON (`specversion`, `id`, `source`, `type`, `subject`, `time`, `dataversion`, `sequence`, `authorityunitid`, `data`); docs/events.md has every type's schema and the mapping of dossier states to e-office processing statuses 01–06. Start without `after`, then pass the `nextCursor` of each answer as `after`: no committed event is ever skipped, even when transactions commit out of order (ADR 0025). Admins read every event; a council or an integration client reads the events of units at or under its managing authority. Events carry no personal data. Filter with `type` (repeatable).")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Read);
    }

    public static async Task<Ok<EventFeedPage>> GetEventFeed(
        ISender sender,
        CancellationToken cancellationToken,
        string? after = null,
        int limit = GetEventFeedQuery.DefaultLimit,
        [FromQuery] string[]? type = null) =>
        TypedResults.Ok(await sender.Send(new GetEventFeedQuery(after, limit, type), cancellationToken));
}
