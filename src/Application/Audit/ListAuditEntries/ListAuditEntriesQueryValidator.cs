using FluentValidation;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.Audit.ListAuditEntries;

public sealed class ListAuditEntriesQueryValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesQueryValidator()
    {
        RuleFor(x => x.ResourceType).MaximumLength(100).OverridePropertyName("resourceType");
        RuleFor(x => x.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
    }
}
