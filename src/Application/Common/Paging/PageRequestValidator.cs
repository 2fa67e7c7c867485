using FluentValidation;

namespace ThiDua.Application.Common.Paging;

/// <summary>Shared rules for <c>limit</c>; list-query validators include it.</summary>
public sealed class PageRequestValidator : AbstractValidator<PageRequest>
{
    public PageRequestValidator()
    {
        RuleFor(x => x.Limit).InclusiveBetween(1, PageRequest.MaxLimit).OverridePropertyName("limit");
        RuleFor(x => x.Cursor).MaximumLength(512).OverridePropertyName("cursor");
    }
}
