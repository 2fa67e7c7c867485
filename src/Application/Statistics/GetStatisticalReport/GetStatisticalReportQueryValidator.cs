using FluentValidation;

namespace ThiDua.Application.Statistics.GetStatisticalReport;

public sealed class GetStatisticalReportQueryValidator : AbstractValidator<GetStatisticalReportQuery>
{
    public GetStatisticalReportQueryValidator()
    {
        RuleFor(x => x.FormCode).StatisticsFormCode();
        RuleFor(x => x.Year).ReportYear();
    }
}
