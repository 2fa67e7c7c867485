using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;

namespace ThiDua.Domain.RuleSets;

/// <summary>A council vote threshold: the share of yes votes, counted over all members or over those present.</summary>
/// <param name="Share">The share needed, e.g. 0.8.</param>
/// <param name="OfAllMembers">
/// True when the share is of all council members: absent members vote in writing and their yes votes count
/// (Nghị định 98/2023/NĐ-CP, Điều 30.7). False when the share is of those present: only the meeting's ballot counts.
/// </param>
/// <param name="LegalBasis">Document and article, or a note saying the value is a configurable default.</param>
public sealed record VoteThreshold(decimal Share, bool OfAllMembers, string LegalBasis)
{
    /// <summary>Whether the ballot passes: <paramref name="yes"/> of those present, plus <paramref name="writtenYes"/> from absent members where all members count.</summary>
    public bool IsMet(int yes, int writtenYes, int members, int present)
    {
        var denominator = OfAllMembers ? members : present;
        var counted = OfAllMembers ? yes + writtenYes : yes;
        return denominator > 0 && counted >= Share * denominator;
    }
}

/// <summary>What a rule set says about one award type: its bonus coefficient and the council vote it needs.</summary>
/// <param name="AwardTypeCode">The award type.</param>
/// <param name="BonusCoefficient">Multiple of the base salary (mức lương cơ sở) paid with the award.</param>
/// <param name="BonusLegalBasis">Where the coefficient comes from.</param>
/// <param name="Vote">The council vote a proposal needs.</param>
public sealed record AwardRule(string AwardTypeCode, decimal BonusCoefficient, string BonusLegalBasis, VoteThreshold Vote);

/// <summary>Thresholds of the eligibility rules, each with its legal basis (domain.md §2).</summary>
public sealed record EligibilityParameters(
    decimal AdvancedCollectiveMemberShare,
    bool AdvancedCollectiveShareInclusive,
    string AdvancedCollectiveBasis,
    decimal ExcellentCollectiveMemberShare,
    string ExcellentCollectiveBasis,
    int ProvincialFighterConsecutiveYears,
    string ProvincialFighterBasis,
    int ProvincialMeritConsecutiveYears,
    int ProvincialMeritInitiatives,
    string ProvincialMeritBasis)
{
    /// <summary>The national text of the provincial flag (Cờ thi đua của UBND tỉnh).</summary>
    public const string NationalProvincialFlagBasis = "Luật 06/2022/QH15, Điều 26";

    /// <summary>Whether the Tập thể lao động xuất sắc share is "at least" (the Law's ≥ 70 %) or "more than".</summary>
    public bool ExcellentCollectiveShareInclusive { get; init; } = true;

    /// <summary>Where a province sets its own Tập thể lao động xuất sắc share, its citation; otherwise the Law's.</summary>
    public string? ExcellentCollectiveShareBasis { get; init; }

    /// <summary>The citation of the provincial flag's criteria: the Law, and the province's regulation where it details them.</summary>
    public string ProvincialFlagBasis { get; init; } = NationalProvincialFlagBasis;

    /// <summary>Chiến sĩ thi đua toàn quốc: consecutive years of Chiến sĩ thi đua cấp tỉnh (Law 06/2022/QH15 Art. 21: two).</summary>
    public int NationalFighterConsecutiveYears { get; init; } = 2;

    /// <summary>Collective provincial Bằng khen: consecutive years rated excellent or Tập thể lao động xuất sắc (Law 06/2022/QH15 Art. 74: two).</summary>
    public int CollectiveMeritConsecutiveYears { get; init; } = 2;

    /// <summary>Working days of absence in a year from which the council weighs it (R5 rule <c>ldtt.time_worked</c>).</summary>
    public int AbsenceWorkingDaysForCouncil { get; init; } = 40;

    /// <summary>Where the absence threshold comes from, and its confidence.</summary>
    public string AbsenceBasis { get; init; } = "Nghị định 91/2017/NĐ-CP và Thông tư 12/2019/TT-BNV (đã hết hiệu lực; chưa đối chiếu Thông tư 15/2025/TT-BNV) — Hội đồng xem xét";

    /// <summary>The Tập thể lao động tiên tiến share in force, with its citation.</summary>
    public MemberShare AdvancedCollectiveShare() => new(AdvancedCollectiveMemberShare, AdvancedCollectiveShareInclusive, AdvancedCollectiveBasis);

    /// <summary>The Tập thể lao động xuất sắc share in force, with its citation (the province's where it sets one).</summary>
    public MemberShare ExcellentCollectiveShare() => new(ExcellentCollectiveMemberShare, ExcellentCollectiveShareInclusive, ExcellentCollectiveShareBasis ?? ExcellentCollectiveBasis);
}

/// <summary>A share of a collective's members that must hold Lao động tiên tiến or higher: "at least" or "more than", with its citation.</summary>
public sealed record MemberShare(decimal Share, bool Inclusive, string Basis)
{
    /// <summary>Whether <paramref name="holders"/> of <paramref name="total"/> members reach the share; never for a collective without members.</summary>
    public bool IsMetBy(int holders, int total)
    {
        if (total <= 0)
        {
            return false;
        }

        var actual = (decimal)holders / total;
        return Inclusive ? actual >= Share : actual > Share;
    }
}

/// <summary>The share of council members who must be present at a session deciding awards, with its legal basis.</summary>
public sealed record SessionAttendance(decimal Share, string LegalBasis)
{
    /// <summary>The fewest members present that reach the share (8 of 10 for 80 %).</summary>
    public int MinimumOf(int members) => (int)decimal.Ceiling(Share * members);

    public bool IsMetBy(int present, int members) => present >= MinimumOf(members);
}

/// <summary>
/// Whether registration for emulation (đăng ký thi đua) at the start of the period is a precondition of emulation titles
/// (R12, domain.md §2.4), with its legal basis.
/// </summary>
public sealed record RegistrationRequirement(bool Required, string LegalBasis)
{
    /// <summary>
    /// No verified national article makes registration a precondition (domain.md §2.4 R12: "article number not verified"),
    /// so nationally the rule is off until a province's regulation turns it on.
    /// </summary>
    public static readonly RegistrationRequirement National = new(
        false,
        "Luật 06/2022/QH15 (đăng ký thi đua là căn cứ xét tặng danh hiệu thi đua theo thực tiễn; điều khoản chưa được đối chiếu — chỉ áp dụng khi quy định của tỉnh yêu cầu)");
}

/// <summary>
/// A versioned set of rules (bộ quy tắc) in force between two dates: the law and decree it implements, the council
/// quorum, the eligibility thresholds and, per award type, bonus coefficient and vote threshold. A nomination records
/// the rule set it was evaluated under.
/// </summary>
public sealed record RuleSet(
    string Code,
    string Name,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    IReadOnlyList<string> LegalBasis,
    Fraction CouncilQuorum,
    string CouncilQuorumBasis,
    EligibilityParameters Eligibility,
    IReadOnlyList<AwardRule> Awards)
{
    /// <summary>The province whose parameters are applied to this rule set, or null for the national values.</summary>
    public string? Province { get; init; }

    /// <summary>The attendance the province requires at council sessions deciding awards; null where it sets none.</summary>
    public SessionAttendance? AwardSessionAttendance { get; init; }

    /// <summary>Whether registration for emulation is a precondition of emulation titles (R12).</summary>
    public RegistrationRequirement EmulationRegistration { get; init; } = RegistrationRequirement.National;

    /// <summary>The province's own award types in force (their rules are in <see cref="Awards"/>).</summary>
    public IReadOnlyList<AwardType> ProvincialAwardTypes { get; init; } = [];

    public bool IsInForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    /// <summary>A national award type, or one of the province's own in force.</summary>
    public AwardType? FindAwardType(string awardTypeCode) =>
        AwardCatalogue.Find(awardTypeCode) ?? ProvincialAwardTypes.FirstOrDefault(t => t.Code == awardTypeCode);

    /// <summary>The rule set with a province's own award types and their rules (bonus, vote) added.</summary>
    public RuleSet WithProvincialAwardTypes(IReadOnlyList<AwardType> types, IReadOnlyList<AwardRule> rules)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(rules);
        return this with { ProvincialAwardTypes = types, Awards = [.. Awards, .. rules] };
    }

    public AwardRule RuleFor(string awardTypeCode) =>
        Awards.FirstOrDefault(a => a.AwardTypeCode == awardTypeCode)
            ?? throw new InvalidOperationException($"Rule set {Code} has no rule for award type {awardTypeCode}.");
}
