namespace ThiDua.Domain.Eligibility;

/// <summary>What failing a rule means for a proposal (Nghị định 152/2025/NĐ-CP, Điều 4.2, R2).</summary>
public enum RuleKind
{
    /// <summary>
    /// A legal prohibition (điều cấm): a hold, the same award again, an initiative already used, a unit that no longer
    /// exists. The nominee may not be proposed at all; no justification lifts it.
    /// </summary>
    Bar = 1,

    /// <summary>
    /// A condition or criterion the law fixes (điều kiện, tiêu chuẩn): a rating, a chain of titles, an initiative of the
    /// right scope, a share of members. The competent level proposes only cases that meet it (R2); no justification lifts it.
    /// </summary>
    Precondition = 2,

    /// <summary>
    /// A criterion the council appraises (thành tích, mức độ ảnh hưởng): the system computes one route or one reading of
    /// it, and a proposal that fails that reading may go on with a justification the council weighs.
    /// </summary>
    Judgement = 3,
}

/// <summary>An eligibility rule of the catalogue: its code, its kind, what it checks, and why it has that kind.</summary>
public sealed record EligibilityRule(string Code, RuleKind Kind, string Checks, string KindBasis);

/// <summary>
/// The catalogue of eligibility rules by code. Every rule the engine evaluates is listed here with its kind; the kind
/// decides whether a failing line may be justified (ADR 0012). Outcomes stored before a rule was classified read their
/// kind from here too, so the classification is one table.
/// </summary>
public static class EligibilityRules
{
    private const string R2 = "Nghị định 152/2025/NĐ-CP, Điều 4.2 (R2): chỉ khen thưởng, đề nghị khen thưởng trường hợp đủ điều kiện, tiêu chuẩn";

    public static readonly IReadOnlyList<EligibilityRule> All =
    [
        new("hold.none", RuleKind.Bar, "No hold (under discipline review, investigation, inspection, complaint) in force.", "Nghị định 152/2025/NĐ-CP, Điều 4.4 (R4): chưa khen thưởng, chưa đề nghị khen thưởng"),
        new("award.not_already_held", RuleKind.Bar, "The recipient does not already hold the award for the year.", "Luật 06/2022/QH15, Điều 5.2.c (R8): không khen thưởng nhiều lần cho một thành tích"),
        new("initiative.basis_unused", RuleKind.Bar, "A declared basis initiative has supported no other award.", "Công văn 5007/BNV-TĐKT (2023), mục III.5.c (R9)"),
        new("unit.active", RuleKind.Bar, "The unit still exists (not merged or dissolved).", "Thông tư 15/2025/TT-BNV (R13)"),
        new("ldtt.rating_good", RuleKind.Precondition, "Rated at least 'good' (hoàn thành tốt nhiệm vụ) in the year.", $"Luật 06/2022/QH15, Điều 24; {R2}"),
        new(
            "discipline.none_in_year",
            RuleKind.Judgement,
            "No discipline period touching the year.",
            "Nghị định 152/2025/NĐ-CP, Điều 4.4 (R4): thành tích được tính từ khi chấp hành xong kỷ luật — whether the achievements after the end of a discipline that ended within the year suffice is the council's appraisal"),
        new("cstdcs.excellent_or_recognised_work", RuleKind.Precondition, "Rated excellent, or an unused initiative or scientific work recognised in the year.", $"Luật 06/2022/QH15, Điều 23; {R2}"),
        new("cstd_tinh.consecutive_cstdcs", RuleKind.Precondition, "Chiến sĩ thi đua cơ sở in each of the consecutive years the rule set requires.", $"Luật 06/2022/QH15, Điều 22; {R2}"),
        new("cstd_tinh.provincial_initiative", RuleKind.Precondition, "An unused initiative or scientific work of provincial scope or wider.", $"Luật 06/2022/QH15, Điều 22.2; {R2}"),
        new("cstd_toan_quoc.consecutive_cstd_tinh", RuleKind.Precondition, "Chiến sĩ thi đua cấp tỉnh in the two consecutive years.", $"Luật 06/2022/QH15, Điều 21; {R2}"),
        new("cstd_toan_quoc.national_initiative", RuleKind.Precondition, "An unused initiative or scientific work of national scope.", $"Luật 06/2022/QH15, Điều 21.2; {R2}"),
        new(
            "bang_khen_tinh.merit_route",
            RuleKind.Judgement,
            "The codified route of the provincial Bằng khen (CSTĐCS every year, or excellent every year with initiatives).",
            "Luật 06/2022/QH15, Điều 74: the Bằng khen has other routes (outstanding in a movement, achievements of provincial influence) that the council appraises"),
        new(
            "bang_khen_tinh_tap_the.merit_route",
            RuleKind.Judgement,
            "The codified route of the collective provincial Bằng khen (excellent, or Tập thể lao động xuất sắc, two years running).",
            "Luật 06/2022/QH15, Điều 74: the Bằng khen has other routes that the council appraises"),
        new("ttldtt.rating_good", RuleKind.Precondition, "Collective rated at least 'good' in the year.", $"Luật 06/2022/QH15, Điều 28; {R2}"),
        new("ttldtt.advanced_worker_share", RuleKind.Precondition, "The share of members holding Lao động tiên tiến or higher.", $"Luật 06/2022/QH15, Điều 28 (tỉnh có thể quy định cao hơn); {R2}"),
        new("ttldtt.no_member_warning", RuleKind.Precondition, "No member disciplined at warning (cảnh cáo) or above.", $"Luật 06/2022/QH15, Điều 28; {R2}"),
        new("ttldxs.rating_excellent", RuleKind.Precondition, "Collective rated excellent in the year.", $"Luật 06/2022/QH15, Điều 27; {R2}"),
        new("ttldxs.all_members_complete", RuleKind.Precondition, "Every member completed their tasks.", $"Luật 06/2022/QH15, Điều 27; {R2}"),
        new("ttldxs.advanced_worker_share", RuleKind.Precondition, "At least 70 % of members hold Lao động tiên tiến or higher.", $"Luật 06/2022/QH15, Điều 27; {R2}"),
        new("ttldxs.one_grassroots_fighter", RuleKind.Precondition, "At least one member holds Chiến sĩ thi đua cơ sở.", $"Luật 06/2022/QH15, Điều 27; {R2}"),
        new("ttldxs.no_member_warning", RuleKind.Precondition, "No member disciplined at warning or above.", $"Luật 06/2022/QH15, Điều 27; {R2}"),
        new("co_thi_dua_tinh.cluster_leader", RuleKind.Precondition, "Leading unit of a cluster or block the province organises, in its finalized covenant ranking.", $"Luật 06/2022/QH15, Điều 26; {R2}"),
        new(
            "registration.registered_for_title",
            RuleKind.Precondition,
            "Where the province's regulation requires it (R12), an approved registration for emulation of the year names the title.",
            $"Quy định thi đua, khen thưởng của tỉnh (điều khoản ghi trong tham số của tỉnh): đơn vị, cá nhân không đăng ký thi đua không được xem xét danh hiệu thi đua (R12, domain.md §2.4); {R2}"),
        new(
            "ldtt.time_worked",
            RuleKind.Judgement,
            "Fewer than 40 working days of leave in the year, maternity leave and treatment of an injury on duty counted as time worked.",
            "Nghị định 152/2025/NĐ-CP, Điều 4.5 (R5) counts maternity leave as time worked; the 40-day exclusion comes from Nghị định 91/2017/NĐ-CP and Thông tư 12/2019/TT-BNV (no longer in force) and was not re-verified for Thông tư 15/2025/TT-BNV, so the system flags the absence and the council weighs it (ADR 0015)"),
        new("long_service.commendation_form", RuleKind.Precondition, "Long service is rewarded with a commendation form, not an emulation title.", $"Luật 06/2022/QH15, Điều 8 (loại hình khen thưởng); {R2}"),
        new("long_service.individuals_only", RuleKind.Precondition, "Long-service commendation is for individuals.", $"Luật 06/2022/QH15, Điều 8; {R2}"),
        new("long_service.retirement_notified", RuleKind.Precondition, "Retirement notified or decided (or the leadership position left at its age limit) by the evaluation date.", $"Nghị định 152/2025/NĐ-CP, Điều 9.2: đề nghị khi có thông báo nghỉ chế độ hưu trí hoặc quyết định nghỉ hưu; {R2}"),
        new("long_service.leadership_held", RuleKind.Precondition, "At least one leadership or management position held.", $"Luật 06/2022/QH15, Điều 8: khen thưởng quá trình cống hiến cho cá nhân giữ chức vụ lãnh đạo, quản lý; {R2}"),
        new("long_service.no_discipline_in_leadership", RuleKind.Bar, "No discipline during the leadership period counted for the award.", "Nghị định 152/2025/NĐ-CP, Điều 9 (R14): không khen thưởng đối với cá nhân bị kỷ luật trong thời gian giữ chức vụ lãnh đạo, quản lý"),
        new("long_service.leadership_time", RuleKind.Precondition, "Time in positions meets the award's standard: highest position on overlapping days, shortfall added to the next lower position, one third less for women leaders.", $"Nghị định 152/2025/NĐ-CP, Điều 9.3, Điều 21 và Điều 4.7 (R7, R14); {R2}"),
        new(
            "long_service.position_equivalence",
            RuleKind.Judgement,
            "The positions held are not among those the standard lists; their equivalence (tương đương) is appraised.",
            "Nghị định 152/2025/NĐ-CP, Điều 21 names positions \"và tương đương\": whether a position of a unit under the Sở is equivalent is decided by the appraising body, not computed"),
        new(
            "cong_dan_thu_do.once_per_person",
            RuleKind.Bar,
            "Hà Nội's Công dân Thủ đô ưu tú: not already awarded to the person (once per person).",
            "71/2025/QĐ-UBND (Hà Nội), Điều 3–7: mỗi cá nhân chỉ được xét tặng một lần — a prohibition of a second conferral (khoản cụ thể chưa đối chiếu)"),
        new(
            "cong_dan_thu_do.no_discipline",
            RuleKind.Precondition,
            "Hà Nội's Công dân Thủ đô ưu tú: no discipline at reprimand (khiển trách) or above from the start of the year of achievement.",
            $"71/2025/QĐ-UBND (Hà Nội), Điều 3–7: không xét tặng cá nhân bị kỷ luật từ khiển trách trở lên (khoản cụ thể chưa đối chiếu); {R2}"),
        new("criteria.appraised_by_council", RuleKind.Judgement, "No criterion the system computes: the council appraises the achievement.", "Luật 06/2022/QH15 (tiêu chuẩn thành tích do Hội đồng thi đua, khen thưởng xem xét)"),
    ];

    private static readonly Dictionary<string, EligibilityRule> ByCode = All.ToDictionary(r => r.Code, StringComparer.Ordinal);

    /// <summary>The rule with <paramref name="code"/>, or null for a code the catalogue does not list.</summary>
    public static EligibilityRule? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The kind of the rule; a code the catalogue does not list counts as a precondition (never justifiable).</summary>
    public static RuleKind KindOf(string code) => Find(code)?.Kind ?? RuleKind.Precondition;
}
