using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Application.Campaigns.CloseCampaign;

public sealed class CloseCampaignCommandValidator : AbstractValidator<CloseCampaignCommand>
{
    public CloseCampaignCommandValidator()
    {
        // The request body names the review's date "date" (CloseCampaignRequest.Date).
        RuleFor(x => x.ReviewDate).NotEmpty().InclusiveBetween(DocumentInputValidator.EarliestDate, DocumentInputValidator.LatestDate)
            .OverridePropertyName("date");
        RuleFor(x => x.Document).NotNull().SetValidator(new DocumentInputValidator());
        RuleFor(x => x.Summary).NotEmpty().MaximumLength(FinalReview.SummaryMaxLength);
    }
}
