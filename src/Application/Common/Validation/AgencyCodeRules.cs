using FluentValidation;

namespace ThiDua.Application.Common.Validation;

/// <summary>The one input rule for agencies' electronic identifier codes (Decision 20/2020/QĐ-TTg), for documents and units alike.</summary>
public static class AgencyCodeRules
{
    /// <summary>
    /// Four groups separated by dots, 13 characters: <c>000.00.00.H41</c> (see <see cref="Domain.Common.AgencyCode"/> for
    /// the legal basis and what was verified). A missing value passes; required fields add <c>NotEmpty</c>.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> AgencyCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Domain.Common.AgencyCode.Length).Matches(Domain.Common.AgencyCode.Pattern)
            .WithMessage(
                "Mã định danh điện tử phải có dạng 000.00.00.H41 theo Quyết định 20/2020/QĐ-TTg: ba chữ số, hai chữ số, hai chữ số và một chữ cái in hoa kèm hai chữ số, phân cách bằng dấu chấm.",
                "The electronic identifier code must look like 000.00.00.H41 (Decision 20/2020/QĐ-TTg): three digits, two digits, two digits, and an upper-case letter with two digits, separated by dots.");
}
