using FluentValidation;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Validation;
using ThiDua.Domain.People;

namespace ThiDua.Application.People;

/// <summary>Shared input rules of people.</summary>
public static class PersonInputValidation
{
    public static IRuleBuilderOptions<T, string> PersonName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(Person.NameMaxLength);

    /// <summary>Citizen id (CCCD): 12 digits.</summary>
    public static IRuleBuilderOptions<T, string?> CitizenId<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .MaximumLength(Person.CitizenIdLength).WithMessage("Số căn cước công dân (CCCD) gồm 12 chữ số.", "A citizen id (CCCD) has 12 digits.")
            .Matches(@"^\d{12}$").WithMessage("Số căn cước công dân (CCCD) gồm 12 chữ số.", "A citizen id (CCCD) has 12 digits.");

    public static IRuleBuilderOptions<T, DateOnly?> BirthDate<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.InclusiveBetween(new DateOnly(1900, 1, 1), DocumentInputValidator.LatestDate);

    public static IRuleBuilderOptions<T, int> AchievementYear<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(DocumentInputValidator.EarliestDate.Year, DocumentInputValidator.LatestDate.Year);

    public static IRuleBuilderOptions<T, DateOnly> RecordDate<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.NotEmpty().InclusiveBetween(DocumentInputValidator.EarliestDate, DocumentInputValidator.LatestDate);
}
