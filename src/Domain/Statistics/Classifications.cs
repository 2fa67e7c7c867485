using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Units;
using ThiDua.Domain.People;

namespace ThiDua.Domain.Statistics;

/// <summary>Cấp phát động of a movement (form 0601 columns).</summary>
public enum LaunchingLevel
{
    /// <summary>Hội đồng Thi đua – Khen thưởng Trung ương.</summary>
    Central = 1,

    /// <summary>Bộ, ban, ngành, đoàn thể trung ương; tỉnh, thành phố trực thuộc trung ương.</summary>
    MinistryOrProvince = 2,

    /// <summary>Cơ quan, đơn vị (a Sở, a hospital, a cluster or block of them).</summary>
    AgencyOrUnit = 3,
}

/// <summary>Phạm vi of a movement (form 0601 rows).</summary>
public enum MovementScope
{
    /// <summary>Toàn quốc.</summary>
    National = 1,

    /// <summary>Bộ, ngành, địa phương.</summary>
    MinistryOrLocal = 2,

    /// <summary>Cụm, khối thi đua.</summary>
    ClusterOrBlock = 3,

    /// <summary>Cơ quan, đơn vị.</summary>
    Agency = 4,
}

/// <summary>Thời gian of a movement (form 0601 rows), from its period.</summary>
public enum MovementDuration
{
    UnderOneYear = 1,
    OneYear = 2,
    OneToUnderThreeYears = 3,
    ThreeToUnderFiveYears = 4,
    FiveYearsOrMore = 5,
}

/// <summary>
/// Đối tượng khen thưởng (forms 0602, 0603 rows): a collective (of which enterprises), a household, or an individual in
/// one of five position groups.
/// </summary>
public enum RecipientCategory
{
    /// <summary>Tập thể (other than an enterprise).</summary>
    Collective = 1,

    /// <summary>Tập thể là doanh nghiệp.</summary>
    Enterprise = 2,

    /// <summary>Hộ gia đình.</summary>
    Household = 3,

    /// <summary>Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên.</summary>
    MinistryOrProvinceLeader = 4,

    /// <summary>Lãnh đạo cấp vụ, sở và tương đương.</summary>
    DepartmentLeader = 5,

    /// <summary>Lãnh đạo cấp phòng và tương đương (heads of units under a Sở and of their departments).</summary>
    DivisionLeader = 6,

    /// <summary>Cán bộ, công chức, viên chức không giữ chức vụ lãnh đạo.</summary>
    CivilServant = 7,

    /// <summary>Công nhân, nông dân, người lao động trực tiếp.</summary>
    DirectWorker = 8,
}

/// <summary>Loại hình khen thưởng as the forms count it (forms 0602, 0603 rows).</summary>
public enum AwardMethod
{
    /// <summary>Thường xuyên (công trạng, thành tích thực hiện nhiệm vụ).</summary>
    Regular = 1,

    /// <summary>Theo chuyên đề (đợt, phong trào).</summary>
    Thematic = 2,

    /// <summary>Đột xuất.</summary>
    Sudden = 3,

    /// <summary>Đối ngoại.</summary>
    ForeignAffairs = 4,

    /// <summary>Quá trình cống hiến.</summary>
    LongService = 5,

    /// <summary>Niên hạn (thâm niên).</summary>
    Seniority = 6,

    /// <summary>Thành tích kháng chiến.</summary>
    Resistance = 7,
}

/// <summary>How a fact's classification was obtained: declared on the record, or derived from its data.</summary>
public enum ClassificationSource
{
    Derived = 1,
    Declared = 2,
}

/// <summary>
/// The derivations used where a record does not declare a classification: they follow from data the system already
/// holds and give the same answer for records entered before the classifications existed (migration
/// <c>StatisticalReportForms</c> leaves them null).
/// </summary>
public static class StatisticsClassifier
{
    /// <summary>
    /// The band of a movement's period (first to last day, inclusive) in whole months: under 12, exactly 12, over 12 and
    /// under 36, 36 to under 60, 60 or more. A calendar year (01/01–31/12) is one year.
    /// </summary>
    public static MovementDuration Duration(DateOnly start, DateOnly end)
    {
        var afterEnd = end.AddDays(1);
        var months = ((afterEnd.Year - start.Year) * 12) + afterEnd.Month - start.Month;
        if (afterEnd.Day < start.Day)
        {
            months--;
        }

        var exact = start.AddMonths(months) == afterEnd;
        return months switch
        {
            < 12 => MovementDuration.UnderOneYear,
            12 when exact => MovementDuration.OneYear,
            < 36 => MovementDuration.OneToUnderThreeYears,
            < 60 => MovementDuration.ThreeToUnderFiveYears,
            _ => MovementDuration.FiveYearsOrMore,
        };
    }

    /// <summary>The award method a commendation type stands for (Law 06/2022/QH15 Art. 8); seniority and resistance are only declared.</summary>
    public static AwardMethod MethodOf(CommendationType type) => type switch
    {
        CommendationType.Merit => AwardMethod.Regular,
        CommendationType.Thematic => AwardMethod.Thematic,
        CommendationType.Sudden => AwardMethod.Sudden,
        CommendationType.Foreign => AwardMethod.ForeignAffairs,
        CommendationType.LongService => AwardMethod.LongService,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>
    /// The position group of a person from the highest position level held on the decision date (Decree 152/2025/NĐ-CP
    /// Art. 9.3 orders the levels); no leadership position: a civil servant. Direct workers are only declared.
    /// </summary>
    public static RecipientCategory GroupOf(PositionLevel? highestLevel) => highestLevel switch
    {
        PositionLevel.ProvinceHead or PositionLevel.ProvinceDeputy => RecipientCategory.MinistryOrProvinceLeader,
        PositionLevel.DepartmentHead or PositionLevel.DepartmentDeputy => RecipientCategory.DepartmentLeader,
        PositionLevel.UnitHead or PositionLevel.UnitDeputy or PositionLevel.SubUnitHead or PositionLevel.SubUnitDeputy => RecipientCategory.DivisionLeader,
        _ => RecipientCategory.CivilServant,
    };

    public static bool IsCollective(RecipientCategory category) =>
        category is RecipientCategory.Collective or RecipientCategory.Enterprise or RecipientCategory.Household;

    /// <summary>The award types the forms give a column of their own (0602: flag, PM's Bằng khen, CSTĐ toàn quốc; 0603: Bằng khen, CSTĐ, Cờ thi đua of the province).</summary>
    private static readonly HashSet<string> NamedInForms = new(StringComparer.Ordinal)
    {
        AwardCatalogue.GovernmentFlag, AwardCatalogue.PrimeMinisterMeritCollective, AwardCatalogue.PrimeMinisterMeritIndividual,
        AwardCatalogue.NationalEmulationFighter, AwardCatalogue.ProvincialMeritCollective, AwardCatalogue.ProvincialMeritIndividual,
        AwardCatalogue.ProvincialEmulationFighter, AwardCatalogue.ProvincialFlag,
    };

    /// <summary>
    /// The group of an award type in forms 0602 and 0603, by the catalogue's code conventions: orders (Huân chương),
    /// medals (Huy chương), Hồ Chí Minh and State prizes, state honorary titles, commemorative medals (Kỷ niệm chương);
    /// the types with a column of their own are <c>named</c>; anything else of the level is <c>other</c>.
    /// </summary>
    public static string AwardGroupOf(string awardTypeCode)
    {
        ArgumentNullException.ThrowIfNull(awardTypeCode);
        return awardTypeCode switch
        {
            _ when NamedInForms.Contains(awardTypeCode) => "named",
            _ when awardTypeCode.StartsWith("HUAN_CHUONG", StringComparison.Ordinal) => "order",
            _ when awardTypeCode.StartsWith("HUY_CHUONG", StringComparison.Ordinal) => "medal",
            _ when awardTypeCode.StartsWith("GIAI_THUONG", StringComparison.Ordinal) => "statePrize",
            _ when awardTypeCode.StartsWith("DANH_HIEU_VINH_DU", StringComparison.Ordinal) => "honoraryTitle",
            _ when awardTypeCode.StartsWith("KY_NIEM_CHUONG", StringComparison.Ordinal) => "commemorativeMedal",
            _ => "other",
        };
    }

    /// <summary>
    /// The level of a movement's launching authority: a body without a parent that is not a Sở (the provincial People's
    /// Committee) launches at province level; a Sở, a unit under it, or a cluster or block launches as an agency or unit.
    /// </summary>
    public static LaunchingLevel LaunchingLevelOf(UnitKind? authorityKind, bool authorityHasParent) =>
        authorityKind == UnitKind.Other && !authorityHasParent ? LaunchingLevel.MinistryOrProvince : LaunchingLevel.AgencyOrUnit;

    /// <summary>
    /// The scope of a movement when the campaign declares none: a cluster's or block's movement is a cluster movement; one
    /// launched at province level addresses the locality; any other, the agency and the units under it.
    /// </summary>
    public static MovementScope ScopeOf(bool launchedByCluster, LaunchingLevel level) =>
        launchedByCluster ? MovementScope.ClusterOrBlock : level == LaunchingLevel.MinistryOrProvince ? MovementScope.MinistryOrLocal : MovementScope.Agency;
}
