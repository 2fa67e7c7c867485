using ThiDua.Domain.Eligibility.Rules;
using ThiDua.Domain.People;

namespace ThiDua.Domain.Eligibility.Provinces;

/// <summary>
/// Hà Nội's regulation QĐ 71/2025/QĐ-UBND (domain.md §2.2, HN71 Art. 3–7, confidence H for the content): the city's own
/// title Công dân Thủ đô ưu tú is conferred once on a person and not on a person disciplined at reprimand (khiển trách)
/// or above. The award type itself is data (created with <c>POST /api/v1/provinces/Hà Nội/award-types</c>, code
/// <see cref="CongDanThuDoUuTu"/>, its vote ≥ 90 % of all members and its dates); these are its rule objects (ADR 0021
/// worked example). The other criteria of HN71 are not per-person facts this system records (at most 10 a year — a quota
/// of the city's council; not posthumously; 7 working days of public consultation; dossiers by 31/3): the council
/// appraises them, as <c>criteria.appraised_by_council</c> says. The regulation's date of entry into force was not
/// verified: the rules apply from 2025-07-01, the date the demo data records for the award type.
/// </summary>
public static class HaNoi71
{
    public const string Province = "Hà Nội";
    public const string CongDanThuDoUuTu = "HN_CONG_DAN_THU_DO_UU_TU";
    public static readonly DateOnly EffectiveFrom = new(2025, 7, 1);
    private const string Regulation = "71/2025/QĐ-UBND (Hà Nội)";

    /// <summary>The route of Công dân Thủ đô ưu tú for persons of Hà Nội.</summary>
    public static RuleBook<PersonEvaluation> Register(RuleBook<PersonEvaluation> book, IEligibilityRule<PersonEvaluation> appraisedByCouncil)
    {
        ArgumentNullException.ThrowIfNull(book);
        return book.Route(
            new RuleScope(CongDanThuDoUuTu, RuleScope.NotLongService, Province),
            new OncePerPersonRule(
                "cong_dan_thu_do.once_per_person",
                new LegalReference(Regulation, "Điều 3–7: mỗi cá nhân chỉ được xét tặng một lần (khoản cụ thể chưa đối chiếu)"),
                EffectiveFrom),
            new NoDisciplineAtOrAboveRule(
                "cong_dan_thu_do.no_discipline",
                DisciplineKind.Reprimand,
                new LegalReference(Regulation, "Điều 3–7: không xét tặng cá nhân bị kỷ luật từ khiển trách trở lên (khoản cụ thể và thời gian xét chưa đối chiếu; hệ thống xét từ đầu năm thành tích đến ngày xét)"),
                EffectiveFrom),
            appraisedByCouncil);
    }
}
