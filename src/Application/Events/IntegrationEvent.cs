using System.Text.Json.Nodes;

namespace ThiDua.Application.Events;

/// <summary>
/// An integration event about to be written to the outbox in the transaction of the change (ADR 0025).
/// <see cref="Subject"/> is the resource's path in this API (CloudEvents <c>subject</c>). <see cref="AuthorityUnitId"/>
/// is the unit the resource belongs to, by which the change feed and subscriptions are scoped; where the resource
/// belongs to an emulation cluster instead, <see cref="ClusterId"/> names it and the cluster's managing authority is
/// taken when the event is written.
/// </summary>
public sealed record IntegrationEvent(
    string Type,
    string Subject,
    Guid? AuthorityUnitId,
    Guid? ClusterId,
    DateTimeOffset OccurredAt,
    JsonObject Data);
