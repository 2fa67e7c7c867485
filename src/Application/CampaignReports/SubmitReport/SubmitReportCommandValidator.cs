using FluentValidation;
using ThiDua.Application.Common.History;
using ThiDua.Application.Common.Validation;
using ThiDua.Domain.CampaignReports;

namespace ThiDua.Application.CampaignReports.SubmitReport;

public sealed class SubmitReportCommandValidator : AbstractValidator<SubmitReportCommand>
{
    public SubmitReportCommandValidator()
    {
        RuleFor(x => x.Historical).SetValidator(new HistoricalInputValidator()!).OverridePropertyName(string.Empty).When(x => x.Historical is not null);
        RuleFor(x => x.Narrative).NotEmpty().MaximumLength(CampaignReport.NarrativeMaxLength);
        RuleFor(x => x.Indicators).MaxItems(CampaignReport.MaxIndicators)
            .WithMessage($"Tối đa {CampaignReport.MaxIndicators} chỉ tiêu.", $"At most {CampaignReport.MaxIndicators} indicators.");
        RuleForEach(x => x.Indicators).NotNull().SetValidator(new IndicatorInputValidator());
    }
}

/// <summary>One indicator of a report: name, value, unit of measure, and the content it measures.</summary>
public sealed class IndicatorInputValidator : AbstractValidator<IndicatorInput>
{
    public IndicatorInputValidator()
    {
        RuleFor(i => i.Name).NotEmpty().MaximumLength(ReportIndicator.NameMaxLength);
        RuleFor(i => i.Value).NotNull().WithMessage("Nhập giá trị (0 là một giá trị; để trống thì không).", "Give the value (0 is a value, a missing value is not).");
        RuleFor(i => i.Value!.Value).InclusiveBetween(0, 1_000_000_000_000).OverridePropertyName("value").When(i => i.Value is not null);
        RuleFor(i => i.UnitOfMeasure).NotEmpty().MaximumLength(ReportIndicator.UnitOfMeasureMaxLength);
        RuleFor(i => i.ContentCode).MaximumLength(20);
    }
}
