using FluentValidation;

namespace ThiDua.Application.Statistics.ExportStatisticalReport;

public sealed class ExportStatisticalReportQueryValidator : AbstractValidator<ExportStatisticalReportQuery>
{
    public ExportStatisticalReportQueryValidator()
    {
        RuleFor(x => x.FormCode).StatisticsFormCode();
        RuleFor(x => x.Year).ReportYear();
    }
}
