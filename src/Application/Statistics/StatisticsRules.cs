using FluentValidation;
using ThiDua.Domain.Statistics;

namespace ThiDua.Application.Statistics;

/// <summary>
/// Input-shape rules shared by the statistical report queries (the JSON report and its spreadsheet ask for the same
/// form and year, ADR 0034), so that both refuse the same inputs with the same messages.
/// </summary>
public static class StatisticsRules
{
    /// <summary>A form code as the catalogue spells them (e.g. <c>0601</c>); a well-formed unknown code is refused by the report (404).</summary>
    public static IRuleBuilderOptions<T, string> StatisticsFormCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(20);

    /// <summary>A report year within the reporting periods the system knows.</summary>
    public static IRuleBuilderOptions<T, int> ReportYear<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(ReportingPeriod.FirstYear, ReportingPeriod.LastYear);
}
