using FluentValidation;
using ThiDua.Domain.Statistics;

namespace ThiDua.Application.Statistics.GetStatisticalReport;

public sealed class GetStatisticalReportQueryValidator : AbstractValidator<GetStatisticalReportQuery>
{
    public GetStatisticalReportQueryValidator()
    {
        RuleFor(x => x.FormCode).NotEmpty().MaximumLength(20);
        RuleFor(x => x.Year).InclusiveBetween(ReportingPeriod.FirstYear, ReportingPeriod.LastYear);
    }
}
