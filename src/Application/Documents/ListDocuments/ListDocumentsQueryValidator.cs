using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Validation;
using ThiDua.Domain.Documents;

namespace ThiDua.Application.Documents.ListDocuments;

public sealed class ListDocumentsQueryValidator : AbstractValidator<ListDocumentsQuery>
{
    public ListDocumentsQueryValidator()
    {
        RuleFor(x => x.Q).MaximumLength(200).OverridePropertyName("q");
        RuleFor(x => x.AgencyCode).AgencyCode().OverridePropertyName("agencyCode");
        RuleFor(x => x.Number).MaximumLength(DocumentMetadata.NumberMaxLength).OverridePropertyName("number");
        RuleFor(x => x.IssuedFrom!.Value).InclusiveBetween(DocumentInputValidator.EarliestDate, DocumentInputValidator.LatestDate)
            .OverridePropertyName("issuedFrom").When(x => x.IssuedFrom is not null);
        RuleFor(x => x.IssuedTo!.Value).InclusiveBetween(DocumentInputValidator.EarliestDate, DocumentInputValidator.LatestDate)
            .OverridePropertyName("issuedTo").When(x => x.IssuedTo is not null);
        RuleFor(x => x.IssuedTo!.Value).GreaterThanOrEqualTo(x => x.IssuedFrom!.Value)
            .OverridePropertyName("issuedTo").When(x => x.IssuedFrom is not null && x.IssuedTo is not null)
            .WithMessage("issuedTo không được trước issuedFrom.", "issuedTo must not be before issuedFrom.");
        RuleFor(x => x.Page).SetValidator(new PageRequestValidator()).OverridePropertyName(string.Empty);
    }
}
