using ThiDua.Domain.AwardTypes;

namespace ThiDua.Application.RuleSets.Dtos;

// The API's own records for rule sets and province parameters (issue 16 part 4). They carry the names, property names,
// property order and documentation of the Domain records they were serialised from until now, so the JSON and the
// OpenAPI schemas (RuleSet, AwardRule, VoteThreshold, …) stay exactly as they were.

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

    public SessionAttendance? AwardSessionAttendance { get; init; }

    public required RegistrationRequirement EmulationRegistration { get; init; }

    /// <summary>The province's own award types in force (their rules are in <see cref="Domain.RuleSets.RuleSet.Awards"/>).</summary>
    public required IReadOnlyList<AwardType> ProvincialAwardTypes { get; init; }

    public static RuleSet From(Domain.RuleSets.RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return new(
            ruleSet.Code,
            ruleSet.Name,
            ruleSet.EffectiveFrom,
            ruleSet.EffectiveTo,
            [.. ruleSet.LegalBasis],
            Fraction.From(ruleSet.CouncilQuorum),
            ruleSet.CouncilQuorumBasis,
            EligibilityParameters.From(ruleSet.Eligibility),
            [.. ruleSet.Awards.Select(AwardRule.From)])
        {
            Province = ruleSet.Province,
            AwardSessionAttendance = ruleSet.AwardSessionAttendance is { } attendance ? new SessionAttendance(attendance.Share, attendance.LegalBasis) : null,
            EmulationRegistration = new RegistrationRequirement(ruleSet.EmulationRegistration.Required, ruleSet.EmulationRegistration.LegalBasis),
            ProvincialAwardTypes = [.. ruleSet.ProvincialAwardTypes.Select(AwardType.From)],
        };
    }
}

/// <summary>
/// An exact share such as ⅔, compared in integers so that 6 of 9 reaches ⅔ (a decimal ⅔ × 9 is 6.000…03 and would not).
/// </summary>
public sealed record Fraction(int Numerator, int Denominator)
{
    public static Fraction From(Domain.Common.Fraction fraction)
    {
        ArgumentNullException.ThrowIfNull(fraction);
        return new(fraction.Numerator, fraction.Denominator);
    }
}

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
    /// <summary>Whether the Tập thể lao động xuất sắc share is "at least" (the Law's ≥ 70 %) or "more than".</summary>
    public required bool ExcellentCollectiveShareInclusive { get; init; }

    /// <summary>Where a province sets its own Tập thể lao động xuất sắc share, its citation; otherwise the Law's.</summary>
    public string? ExcellentCollectiveShareBasis { get; init; }

    /// <summary>The citation of the provincial flag's criteria: the Law, and the province's regulation where it details them.</summary>
    public required string ProvincialFlagBasis { get; init; }

    /// <summary>Chiến sĩ thi đua toàn quốc: consecutive years of Chiến sĩ thi đua cấp tỉnh (Law 06/2022/QH15 Art. 21: two).</summary>
    public required int NationalFighterConsecutiveYears { get; init; }

    /// <summary>Collective provincial Bằng khen: consecutive years rated excellent or Tập thể lao động xuất sắc (Law 06/2022/QH15 Art. 74: two).</summary>
    public required int CollectiveMeritConsecutiveYears { get; init; }

    /// <summary>Working days of absence in a year from which the council weighs it (R5 rule <c>ldtt.time_worked</c>).</summary>
    public required int AbsenceWorkingDaysForCouncil { get; init; }

    /// <summary>Where the absence threshold comes from, and its confidence.</summary>
    public required string AbsenceBasis { get; init; }

    public static EligibilityParameters From(Domain.RuleSets.EligibilityParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(
            p.AdvancedCollectiveMemberShare,
            p.AdvancedCollectiveShareInclusive,
            p.AdvancedCollectiveBasis,
            p.ExcellentCollectiveMemberShare,
            p.ExcellentCollectiveBasis,
            p.ProvincialFighterConsecutiveYears,
            p.ProvincialFighterBasis,
            p.ProvincialMeritConsecutiveYears,
            p.ProvincialMeritInitiatives,
            p.ProvincialMeritBasis)
        {
            ExcellentCollectiveShareInclusive = p.ExcellentCollectiveShareInclusive,
            ExcellentCollectiveShareBasis = p.ExcellentCollectiveShareBasis,
            ProvincialFlagBasis = p.ProvincialFlagBasis,
            NationalFighterConsecutiveYears = p.NationalFighterConsecutiveYears,
            CollectiveMeritConsecutiveYears = p.CollectiveMeritConsecutiveYears,
            AbsenceWorkingDaysForCouncil = p.AbsenceWorkingDaysForCouncil,
            AbsenceBasis = p.AbsenceBasis,
        };
    }
}

/// <summary>What a rule set says about one award type: its bonus coefficient and the council vote it needs.</summary>
/// <param name="AwardTypeCode">The award type.</param>
/// <param name="BonusCoefficient">Multiple of the base salary (mức lương cơ sở) paid with the award.</param>
/// <param name="BonusLegalBasis">Where the coefficient comes from.</param>
/// <param name="Vote">The council vote a proposal needs.</param>
public sealed record AwardRule(string AwardTypeCode, decimal BonusCoefficient, string BonusLegalBasis, VoteThreshold Vote)
{
    public static AwardRule From(Domain.RuleSets.AwardRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(rule.AwardTypeCode, rule.BonusCoefficient, rule.BonusLegalBasis, VoteThreshold.From(rule.Vote));
    }
}

/// <summary>A council vote threshold: the share of yes votes, counted over all members or over those present.</summary>
/// <param name="Share">The share needed, e.g. 0.8.</param>
/// <param name="OfAllMembers">
/// True when the share is of all council members: absent members vote in writing and their yes votes count
/// (Nghị định 98/2023/NĐ-CP, Điều 30.7). False when the share is of those present: only the meeting's ballot counts.
/// </param>
/// <param name="LegalBasis">Document and article, or a note saying the value is a configurable default.</param>
public sealed record VoteThreshold(decimal Share, bool OfAllMembers, string LegalBasis)
{
    public static VoteThreshold From(Domain.RuleSets.VoteThreshold vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return new(vote.Share, vote.OfAllMembers, vote.LegalBasis);
    }
}

/// <summary>The share of council members who must be present at a session deciding awards, with its legal basis.</summary>
public sealed record SessionAttendance(decimal Share, string LegalBasis);

/// <summary>
/// Whether registration for emulation (đăng ký thi đua) at the start of the period is a precondition of emulation titles
/// (R12, domain.md §2.4), with its legal basis.
/// </summary>
public sealed record RegistrationRequirement(bool Required, string LegalBasis);

/// <summary>
/// An emulation title or commendation form by its stable code, with who confers it and the article of
/// Law 06/2022/QH15 (Luật Thi đua, khen thưởng) that defines it. Bonus coefficients and council vote thresholds change
/// with the decree in force, so they live in the rule sets (<see cref="Domain.RuleSets.RuleSetCatalogue"/>).
/// </summary>
public sealed record AwardType(
    string Code,
    string Name,
    RecipientKind RecipientKind,
    AwardCategory Category,
    AwardLevel Level,
    string ConferringAuthority,
    string LegalBasis)
{
    /// <summary>The province whose own award type this is, or null for a national one.</summary>
    public string? Province { get; init; }

    public static AwardType From(Domain.AwardTypes.AwardType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new(type.Code, type.Name, type.RecipientKind, type.Category, type.Level, type.ConferringAuthority, type.LegalBasis) { Province = type.Province };
    }
}

/// <summary>A share of a collective's members holding Lao động tiên tiến or higher, "at least" or "more than", with its article.</summary>
public sealed record MemberShareParameter(decimal Share, bool Inclusive, string Article)
{
    public static MemberShareParameter? From(Domain.RuleSets.MemberShareParameter? p) => p is null ? null : new(p.Share, p.Inclusive, p.Article);
}

/// <summary>The share of council members who must be present at a session deciding awards (e.g. BN86 Art. 8.4.b: ≥ 80 %).</summary>
public sealed record AttendanceParameter(decimal Share, string Article)
{
    public static AttendanceParameter? From(Domain.RuleSets.AttendanceParameter? p) => p is null ? null : new(p.Share, p.Article);
}

/// <summary>Whether units and people must have registered for emulation to be considered for emulation titles (R12).</summary>
public sealed record RegistrationParameter(bool Required, string Article)
{
    public static RegistrationParameter? From(Domain.RuleSets.RegistrationParameter? p) => p is null ? null : new(p.Required, p.Article);
}
