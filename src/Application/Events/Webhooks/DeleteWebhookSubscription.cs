using Mediator;

namespace ThiDua.Application.Events.Webhooks;

/// <summary>Ends a subscription: nothing more is sent; its delivery log stays readable by admins in the database.</summary>
public sealed record DeleteWebhookSubscriptionCommand(Guid SubscriptionId) : ICommand;

public sealed class DeleteWebhookSubscriptionCommandHandler(IWebhookSubscriptions subscriptions, WebhookAccess access, TimeProvider clock)
    : ICommandHandler<DeleteWebhookSubscriptionCommand>
{
    public async ValueTask<Unit> Handle(DeleteWebhookSubscriptionCommand command, CancellationToken cancellationToken)
    {
        await access.LoadAsync(command.SubscriptionId, cancellationToken);
        await subscriptions.DeleteAsync(command.SubscriptionId, clock.GetUtcNow(), cancellationToken);
        return Unit.Value;
    }
}
