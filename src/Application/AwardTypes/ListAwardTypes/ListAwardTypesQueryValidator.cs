using FluentValidation;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.AwardTypes.ListAwardTypes;

public sealed class ListAwardTypesQueryValidator : AbstractValidator<ListAwardTypesQuery>
{
    public ListAwardTypesQueryValidator() =>
        RuleFor(x => x.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
}
