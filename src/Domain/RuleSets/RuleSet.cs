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
    string ProvincialMeritBasis);

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
    public bool IsInForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    public AwardRule RuleFor(string awardTypeCode) =>
        Awards.FirstOrDefault(a => a.AwardTypeCode == awardTypeCode)
            ?? throw new InvalidOperationException($"Rule set {Code} has no rule for award type {awardTypeCode}.");
}
