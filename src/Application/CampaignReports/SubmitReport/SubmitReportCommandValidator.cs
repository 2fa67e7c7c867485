using FluentValidation;
using ThiDua.Application.Common.History;
using ThiDua.Domain.CampaignReports;

namespace ThiDua.Application.CampaignReports.SubmitReport;

public sealed class SubmitReportCommandValidator : AbstractValidator<SubmitReportCommand>
{
    public SubmitReportCommandValidator()
    {
        RuleFor(x => x.Historical).SetValidator(new HistoricalInputValidator()!).OverridePropertyName(string.Empty).When(x => x.Historical is not null);
        RuleFor(x => x.Narrative).NotEmpty().MaximumLength(CampaignReport.NarrativeMaxLength);
        RuleFor(x => x.Indicators).Must(i => i!.Count <= CampaignReport.MaxIndicators)
            .WithMessage($"At most {CampaignReport.MaxIndicators} indicators.").When(x => x.Indicators is not null);
        RuleForEach(x => x.Indicators).NotNull().ChildRules(indicator =>
        {
            indicator.RuleFor(i => i.Name).NotEmpty().MaximumLength(ReportIndicator.NameMaxLength);
            indicator.RuleFor(i => i.Value).NotNull().WithMessage("Give the value (0 is a value, a missing value is not).");
            indicator.RuleFor(i => i.Value!.Value).InclusiveBetween(0, 1_000_000_000_000).OverridePropertyName("value").When(i => i.Value is not null);
            indicator.RuleFor(i => i.UnitOfMeasure).NotEmpty().MaximumLength(ReportIndicator.UnitOfMeasureMaxLength);
            indicator.RuleFor(i => i.ContentCode).MaximumLength(20);
        });
    }
}
