namespace ThiDua.Domain.AwardTypes;

/// <summary>
/// The emulation titles and commendation forms a Sở Y tế works with (domain.md §2.1–2.3). Codes are part of the API
/// contract: campaign registrations name their target titles with them.
/// </summary>
public static class AwardCatalogue
{
    public const string AdvancedWorker = "LDTT";
    public const string GrassrootsEmulationFighter = "CSTDCS";
    public const string ProvincialEmulationFighter = "CSTD_TINH";
    public const string NationalEmulationFighter = "CSTD_TOAN_QUOC";
    public const string AdvancedCollective = "TTLDTT";
    public const string ExcellentCollective = "TTLDXS";
    public const string CommendationIndividual = "GIAY_KHEN_CA_NHAN";
    public const string CommendationCollective = "GIAY_KHEN_TAP_THE";
    public const string ProvincialMeritIndividual = "BANG_KHEN_TINH_CA_NHAN";
    public const string ProvincialMeritCollective = "BANG_KHEN_TINH_TAP_THE";
    public const string PrimeMinisterMeritIndividual = "BANG_KHEN_TTG_CA_NHAN";
    public const string PrimeMinisterMeritCollective = "BANG_KHEN_TTG_TAP_THE";
    public const string ProvincialFlag = "CO_THI_DUA_TINH";
    public const string GovernmentFlag = "CO_THI_DUA_CP";
    public const string LabourOrderThirdClass = "HUAN_CHUONG_LAO_DONG_HANG_BA";

    public static readonly IReadOnlyList<AwardType> All =
    [
        new(AdvancedWorker, "Lao động tiên tiến", RecipientKind.Individual, AwardCategory.EmulationTitle, AwardLevel.Grassroots, "Giám đốc Sở (thủ trưởng cơ quan chuyên môn thuộc UBND tỉnh), Luật 06/2022/QH15 Điều 80.1", "Luật 06/2022/QH15, Điều 24"),
        new(GrassrootsEmulationFighter, "Chiến sĩ thi đua cơ sở", RecipientKind.Individual, AwardCategory.EmulationTitle, AwardLevel.Grassroots, "Giám đốc Sở, Luật 06/2022/QH15 Điều 80.1", "Luật 06/2022/QH15, Điều 23"),
        new(ProvincialEmulationFighter, "Chiến sĩ thi đua cấp tỉnh", RecipientKind.Individual, AwardCategory.EmulationTitle, AwardLevel.Provincial, "Chủ tịch UBND tỉnh", "Luật 06/2022/QH15, Điều 22"),
        new(NationalEmulationFighter, "Chiến sĩ thi đua toàn quốc", RecipientKind.Individual, AwardCategory.EmulationTitle, AwardLevel.National, "Thủ tướng Chính phủ", "Luật 06/2022/QH15, Điều 21"),
        new(AdvancedCollective, "Tập thể lao động tiên tiến", RecipientKind.Collective, AwardCategory.EmulationTitle, AwardLevel.Grassroots, "Giám đốc Sở, Luật 06/2022/QH15 Điều 80.1", "Luật 06/2022/QH15, Điều 28"),
        new(ExcellentCollective, "Tập thể lao động xuất sắc", RecipientKind.Collective, AwardCategory.EmulationTitle, AwardLevel.Provincial, "Chủ tịch UBND tỉnh", "Luật 06/2022/QH15, Điều 27"),
        new(CommendationIndividual, "Giấy khen (cá nhân)", RecipientKind.Individual, AwardCategory.CommendationForm, AwardLevel.Grassroots, "Giám đốc Sở, Luật 06/2022/QH15 Điều 75.1", "Luật 06/2022/QH15, Điều 75"),
        new(CommendationCollective, "Giấy khen (tập thể)", RecipientKind.Collective, AwardCategory.CommendationForm, AwardLevel.Grassroots, "Giám đốc Sở, Luật 06/2022/QH15 Điều 75.1", "Luật 06/2022/QH15, Điều 75"),
        new(ProvincialMeritIndividual, "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)", RecipientKind.Individual, AwardCategory.CommendationForm, AwardLevel.Provincial, "Chủ tịch UBND tỉnh", "Luật 06/2022/QH15, Điều 74"),
        new(ProvincialMeritCollective, "Bằng khen của Chủ tịch UBND tỉnh (tập thể)", RecipientKind.Collective, AwardCategory.CommendationForm, AwardLevel.Provincial, "Chủ tịch UBND tỉnh", "Luật 06/2022/QH15, Điều 74"),
        new(PrimeMinisterMeritIndividual, "Bằng khen của Thủ tướng Chính phủ (cá nhân)", RecipientKind.Individual, AwardCategory.CommendationForm, AwardLevel.National, "Thủ tướng Chính phủ", "Luật 06/2022/QH15, Điều 73"),
        new(PrimeMinisterMeritCollective, "Bằng khen của Thủ tướng Chính phủ (tập thể)", RecipientKind.Collective, AwardCategory.CommendationForm, AwardLevel.National, "Thủ tướng Chính phủ", "Luật 06/2022/QH15, Điều 73"),
        new(ProvincialFlag, "Cờ thi đua của UBND tỉnh", RecipientKind.Collective, AwardCategory.EmulationTitle, AwardLevel.Provincial, "Chủ tịch UBND tỉnh", "Luật 06/2022/QH15, Điều 26"),
        new(GovernmentFlag, "Cờ thi đua của Chính phủ", RecipientKind.Collective, AwardCategory.EmulationTitle, AwardLevel.National, "Thủ tướng Chính phủ", "Luật 06/2022/QH15, Điều 25"),
        new(LabourOrderThirdClass, "Huân chương Lao động hạng Ba (cá nhân)", RecipientKind.Individual, AwardCategory.CommendationForm, AwardLevel.National, "Chủ tịch nước", "Luật 06/2022/QH15, Điều 44 (khen thưởng quá trình cống hiến: điểm g khoản 1; Nghị định 152/2025/NĐ-CP, Điều 21)"),
    ];

    private static readonly Dictionary<string, AwardType> ByCode = All.ToDictionary(a => a.Code, StringComparer.Ordinal);

    public static AwardType? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The codes of the award types conferred on <paramref name="kind"/>, in catalogue order.</summary>
    public static IReadOnlyList<string> CodesFor(RecipientKind kind) => All.Where(a => a.RecipientKind == kind).Select(a => a.Code).ToList();
}
