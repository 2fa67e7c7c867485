using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;

namespace ThiDua.Application.Events.Webhooks;

/// <summary>Sends a delivery again (delivered, pending or dead), from now, with a fresh count of tries.</summary>
public sealed record RedeliverWebhookCommand(Guid SubscriptionId, Guid DeliveryId) : ICommand<WebhookDeliveryDto>;

public sealed class RedeliverWebhookCommandHandler(IWebhookSubscriptions subscriptions, WebhookAccess access, IReadAfterWrite written)
    : ICommandHandler<RedeliverWebhookCommand, WebhookDeliveryDto>
{
    public async ValueTask<WebhookDeliveryDto> Handle(RedeliverWebhookCommand command, CancellationToken cancellationToken)
    {
        await access.LoadAsync(command.SubscriptionId, cancellationToken);
        _ = await subscriptions.FindDeliveryAsync(command.SubscriptionId, command.DeliveryId, cancellationToken)
            ?? throw new NotFoundException(WebhookErrors.DeliveryNotFound);
        await subscriptions.RequeueAsync(command.DeliveryId, cancellationToken);
        return await written.ReadAsync(ct => subscriptions.FindDeliveryAsync(command.SubscriptionId, command.DeliveryId, ct), cancellationToken);
    }
}
