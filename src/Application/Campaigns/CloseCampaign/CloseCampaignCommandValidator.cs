using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Application.Campaigns.CloseCampaign;

public sealed class CloseCampaignCommandValidator : AbstractValidator<CloseCampaignCommand>
{
    public CloseCampaignCommandValidator()
    {
        RuleFor(x => x.ReviewDate).NotEmpty().InclusiveBetween(DocumentInputValidator.EarliestDate, DocumentInputValidator.LatestDate);
        RuleFor(x => x.Document).NotNull().SetValidator(new DocumentInputValidator());
        RuleFor(x => x.Summary).NotEmpty().MaximumLength(FinalReview.SummaryMaxLength);
    }
}
