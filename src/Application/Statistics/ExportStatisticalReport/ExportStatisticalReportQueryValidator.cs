using FluentValidation;
using ThiDua.Domain.Statistics;

namespace ThiDua.Application.Statistics.ExportStatisticalReport;

public sealed class ExportStatisticalReportQueryValidator : AbstractValidator<ExportStatisticalReportQuery>
{
    public ExportStatisticalReportQueryValidator()
    {
        RuleFor(x => x.FormCode).NotEmpty().MaximumLength(20);
        RuleFor(x => x.Year).InclusiveBetween(ReportingPeriod.FirstYear, ReportingPeriod.LastYear);
    }
}
