namespace ThiDua.Domain.AwardTypes;

/// <summary>
/// The emulation titles and commendation forms a Sở Y tế works with (domain.md §2.1–2.3). Codes are part of the API
/// contract: campaign registrations name their target titles with them.
/// </summary>
public static class AwardCatalogue
{
    public const string AdvancedWorker = "lao-dong-tien-tien";
    public const string GrassrootsEmulationFighter = "chien-si-thi-dua-co-so";
    public const string ProvincialEmulationFighter = "chien-si-thi-dua-tinh";
    public const string NationalEmulationFighter = "chien-si-thi-dua-toan-quoc";
    public const string AdvancedCollective = "tap-the-lao-dong-tien-tien";
    public const string ExcellentCollective = "tap-the-lao-dong-xuat-sac";
    public const string CommendationIndividual = "giay-khen-ca-nhan";
    public const string CommendationCollective = "giay-khen-tap-the";
    public const string ProvincialMeritIndividual = "bang-khen-tinh-ca-nhan";
    public const string ProvincialMeritCollective = "bang-khen-tinh-tap-the";
    public const string PrimeMinisterMeritIndividual = "bang-khen-thu-tuong-ca-nhan";
    public const string PrimeMinisterMeritCollective = "bang-khen-thu-tuong-tap-the";
    public const string ProvincialFlag = "co-thi-dua-tinh";
    public const string GovernmentFlag = "co-thi-dua-chinh-phu";

    public static readonly IReadOnlyList<AwardType> All =
    [
        new(AdvancedWorker, "Lao động tiên tiến", RecipientKind.Individual, "Luật 06/2022/QH15, Điều 24"),
        new(GrassrootsEmulationFighter, "Chiến sĩ thi đua cơ sở", RecipientKind.Individual, "Luật 06/2022/QH15, Điều 23"),
        new(ProvincialEmulationFighter, "Chiến sĩ thi đua cấp tỉnh", RecipientKind.Individual, "Luật 06/2022/QH15, Điều 22"),
        new(NationalEmulationFighter, "Chiến sĩ thi đua toàn quốc", RecipientKind.Individual, "Luật 06/2022/QH15, Điều 21"),
        new(AdvancedCollective, "Tập thể lao động tiên tiến", RecipientKind.Collective, "Luật 06/2022/QH15, Điều 28"),
        new(ExcellentCollective, "Tập thể lao động xuất sắc", RecipientKind.Collective, "Luật 06/2022/QH15, Điều 27"),
        new(CommendationIndividual, "Giấy khen (cá nhân)", RecipientKind.Individual, "Luật 06/2022/QH15, Điều 75"),
        new(CommendationCollective, "Giấy khen (tập thể)", RecipientKind.Collective, "Luật 06/2022/QH15, Điều 75"),
        new(ProvincialMeritIndividual, "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)", RecipientKind.Individual, "Luật 06/2022/QH15, Điều 74"),
        new(ProvincialMeritCollective, "Bằng khen của Chủ tịch UBND tỉnh (tập thể)", RecipientKind.Collective, "Luật 06/2022/QH15, Điều 74"),
        new(PrimeMinisterMeritIndividual, "Bằng khen của Thủ tướng Chính phủ (cá nhân)", RecipientKind.Individual, "Luật 06/2022/QH15, Điều 73"),
        new(PrimeMinisterMeritCollective, "Bằng khen của Thủ tướng Chính phủ (tập thể)", RecipientKind.Collective, "Luật 06/2022/QH15, Điều 73"),
        new(ProvincialFlag, "Cờ thi đua của UBND tỉnh", RecipientKind.Collective, "Luật 06/2022/QH15, Điều 26"),
        new(GovernmentFlag, "Cờ thi đua của Chính phủ", RecipientKind.Collective, "Luật 06/2022/QH15, Điều 25"),
    ];

    private static readonly Dictionary<string, AwardType> ByCode = All.ToDictionary(a => a.Code, StringComparer.Ordinal);

    public static AwardType? Find(string code) => ByCode.GetValueOrDefault(code);
}
