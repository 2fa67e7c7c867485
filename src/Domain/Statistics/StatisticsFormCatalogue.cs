using ThiDua.Domain.AwardTypes;

namespace ThiDua.Domain.Statistics;

/// <summary>
/// The statistical report forms of emulation and commendation, as dated data (ADR 0034). Today: forms 0601–0605 of
/// Thông tư 02/2023/TT-BNV. Thông tư 18/2025/TT-BNV (08/10/2025, same title and scope) very likely replaces it from its
/// effective date (domain.md §8a, M), but its form codes and columns are not in our sources (L): its forms are added
/// here as definitions with their effective date, and the 02/2023 ones closed the day before; until then reports are
/// made under 02/2023 and say so.
/// Row and column labels follow the structure read in domain.md §8a (H for the dimensions of 0601–0603); the official
/// wording of each header could not be compared with the published forms, and the layout of 0604 and 0605 is inferred
/// (L): each definition's legal basis says so.
/// </summary>
public static class StatisticsFormCatalogue
{
    public const string Circular2023 = "Thông tư 02/2023/TT-BNV";

    /// <summary>
    /// The first report period the 2023 forms serve: the report year 2023 (period ending 30/11/2023). The circular's own
    /// date of entry into force was not verified; the forms are applied from the first period ending after it.
    /// </summary>
    public static readonly DateOnly Circular2023From = new(2023, 1, 1);

    /// <summary>The date Thông tư 18/2025/TT-BNV was issued (domain.md §8a); its date of entry into force is not in our sources.</summary>
    public static readonly DateOnly Circular2025Issued = new(2025, 10, 8);

    /// <summary>What the report says about the circular applied while 18/2025's forms are not defined.</summary>
    public const string SuccessorNote =
        "Thông tư 18/2025/TT-BNV (08/10/2025) thay thế Thông tư 02/2023/TT-BNV từ ngày có hiệu lực, nhưng mã biểu và cột của các biểu mẫu mới chưa có trong nguồn dữ liệu của hệ thống; báo cáo được lập theo biểu mẫu của Thông tư 02/2023/TT-BNV.";

    private const string Unverified = " Nhãn hàng, cột theo cấu trúc biểu đã đọc (domain.md §8a); câu chữ chính thức của tiêu đề chưa được đối chiếu với biểu mẫu ban hành.";

    private static readonly IReadOnlyList<Criterion> All = [];

    public static readonly IReadOnlyList<StatisticsFormDefinition> Forms =
    [
        Form0601(),
        AwardForm("0602", "Số lượng khen thưởng cấp Nhà nước", AwardLevel.National, StateColumns()),
        AwardForm("0603", "Số lượng khen thưởng cấp bộ, ban, ngành, tỉnh", AwardLevel.Provincial, ProvinceColumns()),
        Form0604(),
        Form0605(),
    ];

    /// <summary>Every definition of a form code, oldest first.</summary>
    public static IReadOnlyList<StatisticsFormDefinition> ByCode(string code) =>
        Forms.Where(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase)).OrderBy(f => f.EffectiveFrom).ToList();

    /// <summary>The definition of a form code that applies to a report period, if any.</summary>
    public static StatisticsFormDefinition? Find(string code, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return ByCode(code).LastOrDefault(f => f.AppliesOn(period.End));
    }

    private static Criterion Is(string dimension, params string[] values) => new(dimension, values);

    private static Criterion Is<TEnum>(string dimension, params TEnum[] values)
        where TEnum : struct, Enum => new(dimension, values.Select(Dimensions.Code).ToList());

    private static FormLine Line(string code, string label, params Criterion[] criteria) => new(code, label, criteria);

    private static FormLine Heading(string code, string label) => new(code, label, All, Heading: true);

    private static FormLine Column(string code, string label, string? group, params Criterion[] criteria) => new(code, label, criteria, group);

    private static StatisticsFormDefinition Form0601() => new(
        "0601",
        "Số phong trào thi đua",
        Circular2023,
        "Thông tư 02/2023/TT-BNV, Phụ lục biểu mẫu báo cáo thống kê ngành Nội vụ, biểu 0601.N/BNV-TĐKT (báo cáo năm). Đếm các phong trào thi đua phát động trong kỳ báo cáo (ngày văn bản phát động từ 01/12 năm trước đến 30/11)." + Unverified,
        Circular2023From,
        null,
        FactKind.Movement,
        All,
        "Phong trào",
        [
            Line("1", "Tổng số"),
            Heading("2", "Chia theo phạm vi"),
            Line("2.1", "Toàn quốc", Is(Dimensions.Scope, MovementScope.National)),
            Line("2.2", "Bộ, ngành, địa phương", Is(Dimensions.Scope, MovementScope.MinistryOrLocal)),
            Line("2.3", "Cụm, khối thi đua", Is(Dimensions.Scope, MovementScope.ClusterOrBlock)),
            Line("2.4", "Cơ quan, đơn vị", Is(Dimensions.Scope, MovementScope.Agency)),
            Heading("3", "Chia theo thời gian"),
            Line("3.1", "Dưới 1 năm", Is(Dimensions.Duration, MovementDuration.UnderOneYear)),
            Line("3.2", "1 năm", Is(Dimensions.Duration, MovementDuration.OneYear)),
            Line("3.3", "Từ trên 1 năm đến dưới 3 năm", Is(Dimensions.Duration, MovementDuration.OneToUnderThreeYears)),
            Line("3.4", "Từ 3 năm đến dưới 5 năm", Is(Dimensions.Duration, MovementDuration.ThreeToUnderFiveYears)),
            Line("3.5", "Từ 5 năm trở lên", Is(Dimensions.Duration, MovementDuration.FiveYearsOrMore)),
            Heading("4", "Chia theo hình thức"),
            Line("4.1", "Theo chuyên đề", Is(Dimensions.Method, "thematic")),
            Line("4.2", "Thường xuyên", Is(Dimensions.Method, "regular")),
        ],
        [
            Column("A", "Tổng số", null),
            Column("B", "Hội đồng Thi đua – Khen thưởng Trung ương", "Chia theo cấp phát động", Is(Dimensions.LaunchingLevel, LaunchingLevel.Central)),
            Column("C", "Bộ, ban, ngành, tỉnh", "Chia theo cấp phát động", Is(Dimensions.LaunchingLevel, LaunchingLevel.MinistryOrProvince)),
            Column("D", "Cơ quan, đơn vị", "Chia theo cấp phát động", Is(Dimensions.LaunchingLevel, LaunchingLevel.AgencyOrUnit)),
        ]);

    /// <summary>The rows forms 0602 and 0603 share: submitting level, recipient, method.</summary>
    private static IReadOnlyList<FormLine> AwardRows() =>
    [
        Line("1", "Tổng số"),
        Heading("2", "Chia theo cấp trình"),
        Line("2.1", "Bộ, ban, ngành, đoàn thể trung ương", Is(Dimensions.SubmittingLevel, "ministry")),
        Line("2.2", "Tỉnh, thành phố trực thuộc trung ương", Is(Dimensions.SubmittingLevel, "province")),
        Heading("3", "Chia theo đối tượng"),
        Line("3.1", "Tập thể", Is(Dimensions.RecipientCategory, RecipientCategory.Collective, RecipientCategory.Enterprise)),
        Line("3.1.1", "Trong đó: Doanh nghiệp", Is(Dimensions.RecipientCategory, RecipientCategory.Enterprise)),
        Line("3.2", "Hộ gia đình", Is(Dimensions.RecipientCategory, RecipientCategory.Household)),
        Line("3.3", "Cá nhân", Is(Dimensions.RecipientKind, "individual")),
        Line("3.3.1", "Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên", Is(Dimensions.RecipientCategory, RecipientCategory.MinistryOrProvinceLeader)),
        Line("3.3.2", "Lãnh đạo cấp vụ, sở và tương đương", Is(Dimensions.RecipientCategory, RecipientCategory.DepartmentLeader)),
        Line("3.3.3", "Lãnh đạo cấp phòng và tương đương", Is(Dimensions.RecipientCategory, RecipientCategory.DivisionLeader)),
        Line("3.3.4", "Cán bộ, công chức, viên chức", Is(Dimensions.RecipientCategory, RecipientCategory.CivilServant)),
        Line("3.3.5", "Công nhân, nông dân, người lao động trực tiếp", Is(Dimensions.RecipientCategory, RecipientCategory.DirectWorker)),
        Heading("4", "Chia theo loại hình khen thưởng"),
        Line("4.1", "Thường xuyên", Is(Dimensions.AwardMethod, AwardMethod.Regular)),
        Line("4.2", "Chuyên đề", Is(Dimensions.AwardMethod, AwardMethod.Thematic)),
        Line("4.3", "Đột xuất", Is(Dimensions.AwardMethod, AwardMethod.Sudden)),
        Line("4.4", "Đối ngoại", Is(Dimensions.AwardMethod, AwardMethod.ForeignAffairs)),
        Line("4.5", "Cống hiến", Is(Dimensions.AwardMethod, AwardMethod.LongService)),
        Line("4.6", "Niên hạn", Is(Dimensions.AwardMethod, AwardMethod.Seniority)),
        Line("4.7", "Kháng chiến", Is(Dimensions.AwardMethod, AwardMethod.Resistance)),
    ];

    private static IReadOnlyList<FormLine> StateColumns() =>
    [
        Column("A", "Tổng số", null),
        Column("B", "Tập thể", "Huân chương", Is(Dimensions.AwardGroup, "order"), Is(Dimensions.RecipientKind, "collective")),
        Column("C", "Cá nhân", "Huân chương", Is(Dimensions.AwardGroup, "order"), Is(Dimensions.RecipientKind, "individual")),
        Column("D", "Tập thể", "Huy chương", Is(Dimensions.AwardGroup, "medal"), Is(Dimensions.RecipientKind, "collective")),
        Column("E", "Cá nhân", "Huy chương", Is(Dimensions.AwardGroup, "medal"), Is(Dimensions.RecipientKind, "individual")),
        Column("F", "Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước", null, Is(Dimensions.AwardGroup, "statePrize")),
        Column("G", "Danh hiệu vinh dự Nhà nước", null, Is(Dimensions.AwardGroup, "honoraryTitle")),
        Column("H", "Cờ thi đua của Chính phủ", null, Is(Dimensions.AwardType, AwardCatalogue.GovernmentFlag)),
        Column("I", "Bằng khen của Thủ tướng Chính phủ", null, Is(Dimensions.AwardType, AwardCatalogue.PrimeMinisterMeritCollective, AwardCatalogue.PrimeMinisterMeritIndividual)),
        Column("K", "Chiến sĩ thi đua toàn quốc", null, Is(Dimensions.AwardType, AwardCatalogue.NationalEmulationFighter)),
        Column("L", "Khác", null, Is(Dimensions.AwardGroup, "other")),
    ];

    private static IReadOnlyList<FormLine> ProvinceColumns() =>
    [
        Column("A", "Tổng số", null),
        Column("B", "Tập thể", "Bằng khen", Is(Dimensions.AwardType, AwardCatalogue.ProvincialMeritCollective)),
        Column("C", "Cá nhân", "Bằng khen", Is(Dimensions.AwardType, AwardCatalogue.ProvincialMeritIndividual)),
        Column("D", "Chiến sĩ thi đua cấp bộ, ngành, tỉnh", null, Is(Dimensions.AwardType, AwardCatalogue.ProvincialEmulationFighter)),
        Column("E", "Cờ thi đua của bộ, ngành, tỉnh", null, Is(Dimensions.AwardType, AwardCatalogue.ProvincialFlag)),
        Column("F", "Kỷ niệm chương", null, Is(Dimensions.AwardGroup, "commemorativeMedal")),
        Column("G", "Khác", null, Is(Dimensions.AwardGroup, "other")),
    ];

    private static StatisticsFormDefinition AwardForm(string code, string title, AwardLevel level, IReadOnlyList<FormLine> columns) => new(
        code,
        title,
        Circular2023,
        $"Thông tư 02/2023/TT-BNV, Phụ lục biểu mẫu báo cáo thống kê ngành Nội vụ, biểu {code}.N/BNV-TĐKT (báo cáo năm). Đếm các khen thưởng {(level == AwardLevel.National ? "cấp Nhà nước" : "cấp bộ, ngành, tỉnh")} có quyết định trong kỳ báo cáo (ngày quyết định từ 01/12 năm trước đến 30/11), chưa bị hủy bỏ, của các đơn vị thuộc cơ quan báo cáo. Cột \"Khác\" gồm các hình thức cùng cấp không có cột riêng (ví dụ danh hiệu riêng của tỉnh). Các hàng \"Niên hạn\", \"Kháng chiến\" chỉ tính khen thưởng được khai báo như vậy. Cấp trình \"tỉnh\" cho mọi khen thưởng do hệ thống của Sở ghi nhận (đề nghị qua UBND tỉnh)." + Unverified,
        Circular2023From,
        null,
        FactKind.Award,
        [Is<AwardLevel>(Dimensions.AwardLevel, level)],
        "Lượt khen thưởng",
        AwardRows(),
        columns);

    private static StatisticsFormDefinition Form0604() => new(
        "0604",
        "Số tổ chức làm công tác thi đua, khen thưởng",
        Circular2023,
        "Thông tư 02/2023/TT-BNV, Phụ lục biểu mẫu báo cáo thống kê ngành Nội vụ, biểu 0604.N/BNV-TĐKT (báo cáo năm), theo sổ đăng ký bộ máy làm công tác thi đua, khen thưởng do cơ quan báo cáo khai báo cho năm báo cáo (tại ngày 30/11). Bố cục hàng, cột của biểu là suy luận (chưa đối chiếu được với biểu mẫu ban hành).",
        Circular2023From,
        null,
        FactKind.ApparatusUnit,
        All,
        "Tổ chức",
        [
            Line("1", "Tổng số"),
            Heading("2", "Chia theo cấp"),
            Line("2.1", "Tại cơ quan báo cáo (Sở, ban, ngành)", Is(Dimensions.UnitLevel, ApparatusLevel.Authority)),
            Line("2.2", "Tại đơn vị trực thuộc", Is(Dimensions.UnitLevel, ApparatusLevel.SubordinateUnit)),
        ],
        [
            Column("A", "Tổng số", null),
            Column("B", "Chuyên trách", "Chia theo tính chất", Is(Dimensions.Staffing, Staffing.Dedicated)),
            Column("C", "Kiêm nhiệm", "Chia theo tính chất", Is(Dimensions.Staffing, Staffing.PartTime)),
        ]);

    private static StatisticsFormDefinition Form0605() => new(
        "0605",
        "Số công chức, viên chức làm công tác thi đua, khen thưởng",
        Circular2023,
        "Thông tư 02/2023/TT-BNV, Phụ lục biểu mẫu báo cáo thống kê ngành Nội vụ, biểu 0605.N/BNV-TĐKT (báo cáo năm), theo sổ đăng ký bộ máy làm công tác thi đua, khen thưởng do cơ quan báo cáo khai báo cho năm báo cáo; tuổi và thâm niên tính theo năm báo cáo. Các nhóm (nữ, độ tuổi, trình độ, thâm niên công tác) theo domain.md §8a (H); ranh giới các nhóm tuổi, thâm niên và câu chữ tiêu đề chưa đối chiếu được với biểu mẫu ban hành.",
        Circular2023From,
        null,
        FactKind.ApparatusStaff,
        All,
        "Người",
        [
            Line("1", "Tổng số"),
            Line("1.1", "Chuyên trách", Is(Dimensions.Staffing, Staffing.Dedicated)),
            Line("1.2", "Kiêm nhiệm", Is(Dimensions.Staffing, Staffing.PartTime)),
        ],
        [
            Column("A", "Tổng số", null),
            Column("B", "Trong đó: Nữ", null, Is(Dimensions.Gender, "female")),
            Column("C", "Dưới 30", "Chia theo độ tuổi", Is(Dimensions.AgeBand, AgeBand.Under30)),
            Column("D", "Từ 30 đến 39", "Chia theo độ tuổi", Is(Dimensions.AgeBand, AgeBand.From30To39)),
            Column("E", "Từ 40 đến 49", "Chia theo độ tuổi", Is(Dimensions.AgeBand, AgeBand.From40To49)),
            Column("F", "Từ 50 đến 59", "Chia theo độ tuổi", Is(Dimensions.AgeBand, AgeBand.From50To59)),
            Column("G", "Từ 60 trở lên", "Chia theo độ tuổi", Is(Dimensions.AgeBand, AgeBand.From60)),
            Column("H", "Sau đại học", "Chia theo trình độ chuyên môn", Is(Dimensions.Education, EducationLevel.Postgraduate)),
            Column("I", "Đại học", "Chia theo trình độ chuyên môn", Is(Dimensions.Education, EducationLevel.University)),
            Column("K", "Cao đẳng", "Chia theo trình độ chuyên môn", Is(Dimensions.Education, EducationLevel.College)),
            Column("L", "Trung cấp", "Chia theo trình độ chuyên môn", Is(Dimensions.Education, EducationLevel.Intermediate)),
            Column("M", "Khác", "Chia theo trình độ chuyên môn", Is(Dimensions.Education, EducationLevel.Other)),
            Column("N", "Dưới 5 năm", "Chia theo thâm niên công tác thi đua, khen thưởng", Is(Dimensions.YearsInField, YearsInFieldBand.Under5)),
            Column("O", "Từ 5 đến dưới 10 năm", "Chia theo thâm niên công tác thi đua, khen thưởng", Is(Dimensions.YearsInField, YearsInFieldBand.From5To9)),
            Column("P", "Từ 10 đến dưới 20 năm", "Chia theo thâm niên công tác thi đua, khen thưởng", Is(Dimensions.YearsInField, YearsInFieldBand.From10To19)),
            Column("Q", "Từ 20 năm trở lên", "Chia theo thâm niên công tác thi đua, khen thưởng", Is(Dimensions.YearsInField, YearsInFieldBand.From20)),
        ]);
}
