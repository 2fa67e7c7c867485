using Mediator;

namespace ThiDua.Application.Events.Webhooks;

/// <summary>A new signing secret; the previous one keeps signing alongside it for the grace period.</summary>
public sealed record RotateWebhookSecretCommand(Guid SubscriptionId) : ICommand<WebhookSecretDto>;

public sealed class RotateWebhookSecretCommandHandler(IWebhookSubscriptions subscriptions, WebhookAccess access, WebhookOptions options, TimeProvider clock)
    : ICommandHandler<RotateWebhookSecretCommand, WebhookSecretDto>
{
    public async ValueTask<WebhookSecretDto> Handle(RotateWebhookSecretCommand command, CancellationToken cancellationToken)
    {
        await access.LoadAsync(command.SubscriptionId, cancellationToken);
        var secret = WebhookAccess.NewSecret();
        var now = clock.GetUtcNow();
        var rotated = await subscriptions.RotateAsync(command.SubscriptionId, secret, now + options.RotationGracePeriod, now, cancellationToken);
        return new WebhookSecretDto(rotated, secret);
    }
}
