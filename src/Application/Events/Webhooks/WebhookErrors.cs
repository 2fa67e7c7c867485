using ThiDua.Domain.Common;

namespace ThiDua.Application.Events.Webhooks;

/// <summary>Codes of the webhook endpoints (ADR 0018, 0025).</summary>
public static class WebhookErrors
{
    public static readonly DomainError SubscriptionNotFound =
        DomainError.NotFound("webhook.subscription_not_found", "Không tìm thấy đăng ký nhận sự kiện (webhook).", "The webhook subscription was not found.");

    public static readonly DomainError DeliveryNotFound =
        DomainError.NotFound("webhook.delivery_not_found", "Không tìm thấy lần chuyển sự kiện này của đăng ký.", "The subscription has no such delivery.");
}
