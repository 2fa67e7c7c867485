using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Security;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Events.Webhooks;

namespace ThiDua.Api.Endpoints.Events;

/// <summary>Webhook subscriptions: signed POSTs of integration events (ADR 0025; docs/events.md).</summary>
public sealed class WebhookSubscriptionEndpoints : IEndpointGroup
{
    private const string Who = "Admins manage every subscription; a council or an integration client those scoped to units at or under its managing authority; unit officers none.";

    public static string Resource => "webhook-subscriptions";

    public static string Tag => "Events";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapPost("", CreateWebhookSubscription)
            .WithName(nameof(CreateWebhookSubscription))
            .Errors(
                AccessGuard.OutsideAuthority.Because("the scope is not under the caller's authority, or is left out by a non-admin"),
                AccessGuard.RoleNotAllowed.Because("a unit officer manages no subscription"))
            .WithSummary("Subscribe a URL to integration events")
            .WithDescription($"201 with the subscription and its signing `secret`, shown this once. `url` must be https. `eventTypes` from docs/events.md; `authorityUnitId` limits the events to units at or under it (admins may leave it out for every unit). Each event is POSTed as CloudEvents JSON with `ThiDua-Signature: t=<unix>,v1=<hex HMAC-SHA256 of \"t.body\">`; retries with exponential backoff and jitter, then a dead letter. {Who}")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Write);

        group.MapGet("", ListWebhookSubscriptions)
            .WithName(nameof(ListWebhookSubscriptions))
            .Errors(AccessGuard.OutsideAuthority.Because("the token names no authority"), AccessGuard.RoleNotAllowed.Because("a unit officer"))
            .WithSummary("List the subscriptions the caller manages")
            .WithDescription(Who)
            .RequireAuthorization(Policies.Read);

        group.MapGet("{subscriptionId:guid}", GetWebhookSubscription)
            .WithName(nameof(GetWebhookSubscription))
            .Errors(WebhookErrors.SubscriptionNotFound, AccessGuard.OutsideAuthority, AccessGuard.RoleNotAllowed.Because("a unit officer"))
            .WithSummary("Read a subscription (never its secret)")
            .WithDescription(Who)
            .RequireAuthorization(Policies.Read);

        group.MapDelete("{subscriptionId:guid}", DeleteWebhookSubscription)
            .WithName(nameof(DeleteWebhookSubscription))
            .Errors(WebhookErrors.SubscriptionNotFound, AccessGuard.OutsideAuthority, AccessGuard.RoleNotAllowed.Because("a unit officer"))
            .WithSummary("End a subscription")
            .WithDescription($"204. Nothing more is sent; pending deliveries end dead. {Who}")
            .RequireAuthorization(Policies.Write);

        group.MapPost("{subscriptionId:guid}/rotate-secret", RotateWebhookSecret)
            .WithName(nameof(RotateWebhookSecret))
            .Errors(WebhookErrors.SubscriptionNotFound, AccessGuard.OutsideAuthority, AccessGuard.RoleNotAllowed.Because("a unit officer"))
            .WithSummary("Rotate the signing secret")
            .WithDescription($"200 with the new `secret`, shown this once. For the grace period (`previousSecretExpiresAt`, 24 hours by default) deliveries carry two `v1` signatures, with the new and the old secret, so the receiver can switch without losing events. {Who}")
            .RequireAuthorization(Policies.Write);

        group.MapGet("{subscriptionId:guid}/deliveries", ListWebhookDeliveries)
            .WithName(nameof(ListWebhookDeliveries))
            .Errors(WebhookErrors.SubscriptionNotFound, AccessGuard.OutsideAuthority, AccessGuard.RoleNotAllowed.Because("a unit officer"))
            .WithSummary("The delivery log of a subscription")
            .WithDescription($"Newest first (at most 500): each event's delivery, its status (`pending`, `succeeded`, `dead`) and every attempt with the receiver's status code, duration and error. Filter with `status`. {Who}")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Read);

        group.MapPost("{subscriptionId:guid}/deliveries/{deliveryId:guid}/redeliver", RedeliverWebhook)
            .WithName(nameof(RedeliverWebhook))
            .Errors(WebhookErrors.SubscriptionNotFound, WebhookErrors.DeliveryNotFound, AccessGuard.OutsideAuthority, AccessGuard.RoleNotAllowed.Because("a unit officer"))
            .WithSummary("Send a delivery again")
            .WithDescription($"202: the delivery (succeeded, pending or dead) is sent again from now with a fresh count of tries; the event keeps its `id`, so receivers can deduplicate. {Who}")
            .RequireAuthorization(Policies.Write);
    }

    public static async Task<Created<WebhookSecretDto>> CreateWebhookSubscription(CreateWebhookSubscriptionCommand request, ISender sender, CancellationToken cancellationToken)
    {
        var created = await sender.Send(request, cancellationToken);
        return TypedResults.Created($"/api/v1/webhook-subscriptions/{created.Subscription.Id}", created);
    }

    public static async Task<Ok<IReadOnlyList<WebhookSubscriptionDto>>> ListWebhookSubscriptions(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListWebhookSubscriptionsQuery(), cancellationToken));

    public static async Task<Ok<WebhookSubscriptionDto>> GetWebhookSubscription(Guid subscriptionId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetWebhookSubscriptionQuery(subscriptionId), cancellationToken));

    public static async Task<NoContent> DeleteWebhookSubscription(Guid subscriptionId, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteWebhookSubscriptionCommand(subscriptionId), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<WebhookSecretDto>> RotateWebhookSecret(Guid subscriptionId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RotateWebhookSecretCommand(subscriptionId), cancellationToken));

    public static async Task<Ok<IReadOnlyList<WebhookDeliveryDto>>> ListWebhookDeliveries(Guid subscriptionId, ISender sender, CancellationToken cancellationToken, string? status = null) =>
        TypedResults.Ok(await sender.Send(new ListWebhookDeliveriesQuery(subscriptionId, status), cancellationToken));

    public static async Task<Accepted<WebhookDeliveryDto>> RedeliverWebhook(Guid subscriptionId, Guid deliveryId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Accepted($"/api/v1/webhook-subscriptions/{subscriptionId}/deliveries", await sender.Send(new RedeliverWebhookCommand(subscriptionId, deliveryId), cancellationToken));
}
