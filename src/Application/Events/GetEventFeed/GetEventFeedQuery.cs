using Mediator;

namespace ThiDua.Application.Events.GetEventFeed;

/// <summary>
/// The change feed (ADR 0025): integration events after the cursor <paramref name="After"/> (a sequence number; none
/// reads from the start), in commit order, at most <paramref name="Limit"/>, optionally only the listed types.
/// </summary>
public sealed record GetEventFeedQuery(string? After, int Limit = GetEventFeedQuery.DefaultLimit, IReadOnlyList<string>? Types = null) : IQuery<EventFeedPage>
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;
}

/// <summary>Reads the outbox for the change feed.</summary>
public interface IEventFeedQueries
{
    /// <summary>
    /// Events with a sequence above <paramref name="after"/>, oldest first; with <paramref name="authority"/>, only
    /// those of units at or under it (events naming no unit are left out).
    /// </summary>
    Task<EventFeedPage> ReadAsync(long after, int limit, IReadOnlyList<string>? types, Guid? authority, bool everything, CancellationToken cancellationToken);
}
