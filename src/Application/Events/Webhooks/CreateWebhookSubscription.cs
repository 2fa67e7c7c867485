using FluentValidation;
using ThiDua.Application.Common.Validation;
using Mediator;
using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Application.Events.Webhooks;

/// <summary>Subscribes <paramref name="Url"/> to <paramref name="EventTypes"/> of units at or under <paramref name="AuthorityUnitId"/> (none: every unit, admins only).</summary>
public sealed record CreateWebhookSubscriptionCommand(string Url, IReadOnlyList<string> EventTypes, Guid? AuthorityUnitId) : ICommand<WebhookSecretDto>;

public sealed class CreateWebhookSubscriptionCommandValidator : AbstractValidator<CreateWebhookSubscriptionCommand>
{
    public const int UrlMaxLength = 2000;

    public CreateWebhookSubscriptionCommandValidator(WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var allowHttpLoopback = options.AllowHttpLoopback;
        RuleFor(x => x.Url).NotEmpty().MaximumLength(UrlMaxLength)
            .Must(url => IsAcceptable(url, allowHttpLoopback))
            .WithMessage(
                "URL nhận sự kiện phải là địa chỉ tuyệt đối dùng https (không có thông tin đăng nhập trong URL).",
                "The receiving URL must be an absolute https address (with no credentials in it).")
            .OverridePropertyName("url");
        RuleFor(x => x.EventTypes).NotEmpty().OverridePropertyName("eventTypes");
        RuleFor(x => x.EventTypes).Must(t => t is null || t.Count <= IntegrationEventTypes.All.Count).OverridePropertyName("eventTypes");
        RuleForEach(x => x.EventTypes)
            .Must(t => IntegrationEventTypes.All.Contains(t))
            .WithMessage("Loại sự kiện không có trong danh mục (docs/events.md).", "Unknown event type (see docs/events.md).")
            .OverridePropertyName("eventTypes");
    }

    /// <summary>https only; http only to loopback where configured (development, tests). No user info.</summary>
    public static bool IsAcceptable(string? url, bool allowHttpLoopback) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && string.IsNullOrEmpty(uri.UserInfo)
        && (uri.Scheme == Uri.UriSchemeHttps || (allowHttpLoopback && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}

public sealed class CreateWebhookSubscriptionCommandHandler(IWebhookSubscriptions subscriptions, WebhookAccess access, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateWebhookSubscriptionCommand, WebhookSecretDto>
{
    public async ValueTask<WebhookSecretDto> Handle(CreateWebhookSubscriptionCommand command, CancellationToken cancellationToken)
    {
        await access.EnsureMayManageScopeAsync(command.AuthorityUnitId, cancellationToken);
        var secret = WebhookAccess.NewSecret();
        var created = await subscriptions.AddAsync(command.Url, [.. command.EventTypes.Distinct()], command.AuthorityUnitId, secret, user.Subject, clock.GetUtcNow(), cancellationToken);
        return new WebhookSecretDto(created, secret);
    }
}
