using FluentValidation;
using ThiDua.Application.Common.Validation;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units;

/// <summary>Input-shape rules shared by the unit commands.</summary>
public static class UnitRules
{
    public const string CodePattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$";

    public static IRuleBuilderOptions<T, string> UnitCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(OrganisationUnit.CodeMaxLength).Matches(CodePattern)
            .WithMessage("Mã chỉ gồm chữ cái A-Z, chữ số, dấu '.', '_' và '-', và phải bắt đầu bằng chữ cái hoặc chữ số.", "The code may contain letters A-Z, digits, '.', '_' and '-', and must start with a letter or digit.");

    public static IRuleBuilderOptions<T, string> UnitName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(OrganisationUnit.NameMaxLength);

    public static IRuleBuilderOptions<T, string?> UnitShortName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(OrganisationUnit.ShortNameMaxLength);

    public static IRuleBuilderOptions<T, string> Province<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(OrganisationUnit.ProvinceMaxLength);
}
