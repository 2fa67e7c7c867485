namespace ThiDua.Domain.Awards;

/// <summary>
/// Loại hình khen thưởng (Law 06/2022/QH15 Art. 8): merit (công trạng), thematic (theo chuyên đề / phong trào), sudden
/// (đột xuất), long service (quá trình cống hiến), foreign (đối ngoại). Sudden and thematic awards never count towards
/// merit awards (Decree 152/2025/NĐ-CP Art. 4.3; rule R3).
/// </summary>
public enum CommendationType
{
    Merit = 1,
    Thematic = 2,
    Sudden = 3,
    LongService = 4,
    Foreign = 5,
}

/// <summary>Where an award record comes from: a past decision entered by hand, or a decision made in this system.</summary>
public enum AwardSource
{
    Imported = 1,
    Decision = 2,
}

/// <summary>
/// Legal grounds for annulling an award (hủy bỏ quyết định khen thưởng) — domain.md §6.7, Law 06/2022/QH15, Chapter VII
/// (first article, clause 2): (a) fraud in declaring achievements, (b) false information or forged dossier, (c)
/// appraisal, approval or proposal contrary to law, (d) a later finding that the recipient did not meet the criteria.
/// </summary>
public enum RevocationGround
{
    FraudulentDeclaration = 1,
    FalseDossier = 2,
    UnlawfulProcedure = 3,
    LaterFindingOfViolation = 4,
}

/// <summary>What the law says about each commendation type.</summary>
public static class CommendationTypes
{
    /// <summary>
    /// Sudden (đột xuất) and thematic (theo chuyên đề) commendations reward one act or one campaign: they are never a
    /// basis for merit proposals (Nghị định 152/2025/NĐ-CP, Điều 4.3, R3), and several may go to the same recipient in a
    /// year for different achievements (Luật 06/2022/QH15, Điều 5.2.c, R8 forbids two awards for the same achievement).
    /// </summary>
    public static bool IsOneOff(CommendationType type) => type is CommendationType.Sudden or CommendationType.Thematic;
}
