using ThiDua.Domain.Common;

namespace ThiDua.Domain.Statistics;

/// <summary>The dimension codes facts carry and form criteria test (stable: form definitions are data over them).</summary>
public static class Dimensions
{
    // Movements (form 0601).
    public const string LaunchingLevel = "launching_level";
    public const string Scope = "scope";
    public const string Duration = "duration";
    public const string Method = "method";

    // Awards (forms 0602, 0603).
    public const string AwardType = "award_type";
    public const string AwardGroup = "award_group";
    public const string AwardLevel = "award_level";
    public const string RecipientKind = "recipient_kind";
    public const string RecipientCategory = "recipient_category";
    public const string AwardMethod = "award_method";
    public const string SubmittingLevel = "submitting_level";

    // TĐKT apparatus (forms 0604, 0605).
    public const string UnitLevel = "unit_level";
    public const string Staffing = "staffing";
    public const string Gender = "gender";
    public const string AgeBand = "age_band";
    public const string Education = "education";
    public const string YearsInField = "years_in_field";

    /// <summary>The code of an enum value as facts carry it: its API name (e.g. <c>oneToUnderThreeYears</c>).</summary>
    public static string Code<TEnum>(TEnum value)
        where TEnum : struct, Enum => ApiName.Of(value);
}

