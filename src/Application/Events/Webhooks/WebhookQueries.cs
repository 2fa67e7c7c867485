using FluentValidation;
using ThiDua.Application.Common.Validation;
using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Security;

namespace ThiDua.Application.Events.Webhooks;

/// <summary>The subscriptions the caller manages.</summary>
public sealed record ListWebhookSubscriptionsQuery : IQuery<IReadOnlyList<WebhookSubscriptionDto>>;

public sealed record GetWebhookSubscriptionQuery(Guid SubscriptionId) : IQuery<WebhookSubscriptionDto>;

/// <summary>A subscription's deliveries, newest first, each with its attempt log; optionally only one status.</summary>
public sealed record ListWebhookDeliveriesQuery(Guid SubscriptionId, string? Status) : IQuery<IReadOnlyList<WebhookDeliveryDto>>;

public sealed class ListWebhookDeliveriesQueryValidator : AbstractValidator<ListWebhookDeliveriesQuery>
{
    private static readonly string[] Statuses = ["pending", "succeeded", "dead"];

    public ListWebhookDeliveriesQueryValidator() =>
        RuleFor(x => x.Status).Must(s => s is null || Statuses.Contains(s))
            .WithMessage("Trạng thái phải là pending, succeeded hoặc dead.", "The status must be pending, succeeded or dead.")
            .OverridePropertyName("status");
}

public sealed class ListWebhookSubscriptionsQueryHandler(IWebhookSubscriptions subscriptions, WebhookAccess access, ICurrentUser user, AccessGuard guard)
    : IQueryHandler<ListWebhookSubscriptionsQuery, IReadOnlyList<WebhookSubscriptionDto>>
{
    public async ValueTask<IReadOnlyList<WebhookSubscriptionDto>> Handle(ListWebhookSubscriptionsQuery query, CancellationToken cancellationToken) =>
        access.IsAdmin
            ? await subscriptions.ListAsync(null, cancellationToken)
            : await subscriptions.ListAsync(await EventScope.AuthorityOfCallerAsync(user, guard, cancellationToken), cancellationToken);
}

public sealed class GetWebhookSubscriptionQueryHandler(WebhookAccess access) : IQueryHandler<GetWebhookSubscriptionQuery, WebhookSubscriptionDto>
{
    public async ValueTask<WebhookSubscriptionDto> Handle(GetWebhookSubscriptionQuery query, CancellationToken cancellationToken) =>
        await access.LoadAsync(query.SubscriptionId, cancellationToken);
}

public sealed class ListWebhookDeliveriesQueryHandler(IWebhookSubscriptions subscriptions, WebhookAccess access)
    : IQueryHandler<ListWebhookDeliveriesQuery, IReadOnlyList<WebhookDeliveryDto>>
{
    public async ValueTask<IReadOnlyList<WebhookDeliveryDto>> Handle(ListWebhookDeliveriesQuery query, CancellationToken cancellationToken)
    {
        await access.LoadAsync(query.SubscriptionId, cancellationToken);
        return await subscriptions.ListDeliveriesAsync(query.SubscriptionId, query.Status, cancellationToken);
    }
}
