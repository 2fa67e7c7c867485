using ThiDua.Domain.Eligibility;

namespace ThiDua.Application.Eligibility;

/// <summary>
/// Which eligibility rules read a person's personal data (Nghị định 13/2023/NĐ-CP, Điều 2: yearly ratings, disciplines and
/// holds, leave, retirement), so that their outcome — pass or fail — tells the fact itself: <c>discipline.none_in_year</c>
/// failing says the nominee was disciplined. A reader who may not see the nominee's personal data gets neither the facts
/// nor the outcome of these rules (issue 15 item 2). Rules that read only public records — awards and their decisions,
/// recognised initiatives, positions held, a collective's own rating, covenant rankings, registrations — keep their
/// outcome. Every rule of <see cref="EligibilityRules.All"/> is classified here (a unit test checks it); a code not listed
/// counts as personal.
/// </summary>
public static class RuleDisclosure
{
    private static readonly Dictionary<string, string> PersonalFacts = new(StringComparer.Ordinal)
    {
        ["hold.none"] = "hold (discipline review, investigation, inspection, complaint)",
        ["discipline.none_in_year"] = "disciplines",
        ["long_service.no_discipline_in_leadership"] = "disciplines",
        ["cong_dan_thu_do.no_discipline"] = "disciplines",
        ["ttldtt.no_member_warning"] = "members' disciplines",
        ["ttldxs.no_member_warning"] = "members' disciplines",
        ["ldtt.rating_good"] = "yearly rating",
        ["cstdcs.excellent_or_recognised_work"] = "yearly rating",
        ["bang_khen_tinh.merit_route"] = "yearly ratings",
        ["ttldxs.all_members_complete"] = "members' yearly ratings",
        ["ldtt.time_worked"] = "leave",
        ["long_service.retirement_notified"] = "retirement",
    };

    /// <summary>Rules whose outcome reads only public records (awards, initiatives, positions, collective ratings, rankings, registrations).</summary>
    private static readonly HashSet<string> PublicRecords = new(StringComparer.Ordinal)
    {
        "award.not_already_held",
        "initiative.basis_unused",
        "unit.active",
        "cstd_tinh.consecutive_cstdcs",
        "cstd_tinh.provincial_initiative",
        "cstd_toan_quoc.consecutive_cstd_tinh",
        "cstd_toan_quoc.national_initiative",
        "bang_khen_tinh_tap_the.merit_route",
        "ttldtt.rating_good",
        "ttldtt.advanced_worker_share",
        "ttldxs.rating_excellent",
        "ttldxs.advanced_worker_share",
        "ttldxs.one_grassroots_fighter",
        "co_thi_dua_tinh.cluster_leader",
        "registration.registered_for_title",
        "long_service.commendation_form",
        "long_service.individuals_only",
        "long_service.leadership_held",
        "long_service.leadership_time",
        "long_service.position_equivalence",
        "cong_dan_thu_do.once_per_person",
        "criteria.appraised_by_council",
    };

    /// <summary>Whether the rule's outcome reveals personal data; true for a code classified as neither.</summary>
    public static bool RevealsPersonalData(string ruleCode) => !PublicRecords.Contains(ruleCode);

    /// <summary>Whether the rule is classified (as reading personal data or only public records).</summary>
    public static bool IsClassified(string ruleCode) => PersonalFacts.ContainsKey(ruleCode) || PublicRecords.Contains(ruleCode);

    /// <summary>The personal data the rule reads, or null for a rule that reads only public records.</summary>
    public static string? PersonalDataRead(string ruleCode) => PersonalFacts.GetValueOrDefault(ruleCode);
}
