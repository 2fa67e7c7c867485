using System.Globalization;
using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Security;

namespace ThiDua.Application.Events.GetEventFeed;

/// <summary>
/// Administrators read every event; a council or an integration client reads the events of units at or under its
/// managing authority (ADR 0025). Unit officers have no feed: it serves systems of an authority.
/// </summary>
public sealed class GetEventFeedQueryHandler(IEventFeedQueries queries, ICurrentUser user, AccessGuard access)
    : IQueryHandler<GetEventFeedQuery, EventFeedPage>
{
    public async ValueTask<EventFeedPage> Handle(GetEventFeedQuery query, CancellationToken cancellationToken)
    {
        var after = string.IsNullOrEmpty(query.After) ? 0 : long.Parse(query.After, NumberStyles.None, CultureInfo.InvariantCulture);
        var types = query.Types is { Count: > 0 } listed ? listed : null;
        if (user.IsInRole(Roles.Admin))
        {
            return await queries.ReadAsync(after, query.Limit, types, null, everything: true, cancellationToken);
        }

        var authority = await EventScope.AuthorityOfCallerAsync(user, access, cancellationToken);
        return await queries.ReadAsync(after, query.Limit, types, authority, everything: false, cancellationToken);
    }
}
