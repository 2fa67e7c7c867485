using System.Globalization;
using FluentValidation;
using ThiDua.Application.Common.Validation;

namespace ThiDua.Application.Events.GetEventFeed;

public sealed class GetEventFeedQueryValidator : AbstractValidator<GetEventFeedQuery>
{
    public GetEventFeedQueryValidator()
    {
        RuleFor(x => x.After)
            .Must(a => string.IsNullOrEmpty(a) || (long.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0))
            .WithMessage("'after' phải là con trỏ do nguồn sự kiện trả về (một số nguyên không âm).", "'after' must be a cursor the feed returned (a non-negative integer).")
            .OverridePropertyName("after");
        RuleFor(x => x.Limit).InclusiveBetween(1, GetEventFeedQuery.MaxLimit).OverridePropertyName("limit");
        RuleForEach(x => x.Types)
            .Must(t => IntegrationEventTypes.All.Contains(t))
            .WithMessage("Loại sự kiện không có trong danh mục (docs/events.md).", "Unknown event type (see docs/events.md).")
            .OverridePropertyName("type");
    }
}
