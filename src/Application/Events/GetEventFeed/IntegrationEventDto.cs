using System.Text.Json;

namespace ThiDua.Application.Events.GetEventFeed;

/// <summary>
/// An integration event in CloudEvents 1.0 JSON format (attribute names as the specification spells them, lower case),
/// with the extensions <c>dataversion</c> (version of <c>data</c>'s shape), <c>sequence</c> (position in commit order,
/// the change feed's cursor) and <c>authorityunitid</c> (the unit the resource belongs to). Webhooks POST the same JSON.
/// </summary>
public sealed record IntegrationEventDto(
    string Specversion,
    Guid Id,
    string Source,
    string Type,
    string Subject,
    DateTimeOffset Time,
    string Datacontenttype,
    string Dataversion,
    string Sequence,
    Guid? Authorityunitid,
    JsonElement Data)
{
    public const string CloudEventsVersion = "1.0";
    public const string EventSource = "/api/v1";
    public const string ContentType = "application/json";
}

/// <summary>
/// A page of the change feed, in commit order. <c>nextCursor</c> is always given: pass it as <c>after</c> to read on
/// (when <c>hasMore</c> is false, later events will appear after it).
/// </summary>
public sealed record EventFeedPage(IReadOnlyList<IntegrationEventDto> Items, string NextCursor, bool HasMore);
