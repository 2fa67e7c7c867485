using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Domain.Eligibility.Rules;

/// <summary>The collective's own rating in the year is at least <paramref name="minimum"/> (TTLĐTT: good, Art. 28; TTLĐXS: excellent, Art. 27).</summary>
/// <param name="code">The outcome code.</param>
/// <param name="minimum">The lowest rating that passes.</param>
/// <param name="basis">The citation from the parameters in force, or null for the rule's national text.</param>
/// <param name="legalBasis">The national text.</param>
public sealed class UnitRatingRule(string code, PerformanceRating minimum, Func<EligibilityParameters, string>? basis, LegalReference legalBasis)
    : EligibilityRule<UnitEvaluation>(code, legalBasis)
{
    public override RuleOutcome Evaluate(UnitEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var year = evaluation.Year;
        var rating = RatingHistory.In(evaluation.Facts.Ratings, year);
        return Outcome(
            rating >= minimum,
            $"Collective rating {year}: {RatingHistory.Describe(rating)}; at least '{RatingHistory.Describe(minimum)}' is needed.",
            [Evidence.Rating(evaluation.RecipientName, year, rating)],
            basis?.Invoke(evaluation.Parameters));
    }
}

/// <summary>
/// The share of members holding Lao động tiên tiến or higher (TTLĐTT: Law "more than 50 %", Bắc Ninh "at least 70 %";
/// TTLĐXS: at least 70 %). Share, inclusiveness and citation are data of the rule set and the province's parameters.
/// </summary>
public sealed class MemberShareRule(string code, Func<EligibilityParameters, MemberShare> share, LegalReference legalBasis)
    : EligibilityRule<UnitEvaluation>(code, legalBasis)
{
    public override RuleOutcome Evaluate(UnitEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var required = share(evaluation.Parameters);
        var members = evaluation.Facts.Members;
        var holders = MemberCounts.AdvancedWorkerOrHigher(members);
        var actual = MemberCounts.Share(holders, members.Count);
        var passed = required.IsMetBy(holders, members.Count);
        return Outcome(
            passed,
            $"{holders} of {members.Count} members hold Lao động tiên tiến or higher ({actual:P1}); {(required.Inclusive ? "at least" : "more than")} {required.Share:P0} is needed.",
            [Evidence.MemberCount(evaluation.RecipientName, holders, members.Count, evaluation.Year)],
            required.Basis);
    }
}

/// <summary>No member disciplined at warning (cảnh cáo) or above in the year (TTLĐTT Art. 28, TTLĐXS Art. 27).</summary>
public sealed class NoMemberDisciplinedAtWarningRule(string code, Func<EligibilityParameters, string>? basis, LegalReference legalBasis)
    : EligibilityRule<UnitEvaluation>(code, legalBasis)
{
    public override RuleOutcome Evaluate(UnitEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var disciplined = evaluation.Facts.Members.Where(m => m.MostSevereDiscipline >= DisciplineKind.Warning).ToList();
        return Outcome(
            disciplined.Count == 0,
            disciplined.Count == 0 ? "No member disciplined at warning (cảnh cáo) or above." : $"Disciplined at warning or above: {string.Join(", ", disciplined.Select(m => m.FullName))}.",
            disciplined.Select(m => Evidence.Member(m.FullName, m.MostSevereDiscipline!.Value.ToString().ToLowerInvariant(), evaluation.Year)),
            basis?.Invoke(evaluation.Parameters));
    }
}

/// <summary>Tập thể lao động xuất sắc (Law 06/2022 Art. 27): every member completed their tasks (a collective without members fails).</summary>
public sealed class AllMembersCompleteRule() : EligibilityRule<UnitEvaluation>("ttldxs.all_members_complete", LegalTexts.Law("Điều 27"))
{
    public override RuleOutcome Evaluate(UnitEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var members = evaluation.Facts.Members;
        var incomplete = members.Where(m => m.Rating is null or < PerformanceRating.Completed).ToList();
        var evidence = incomplete.Select(m => Evidence.Member(m.FullName, m.Rating is { } r ? RatingHistory.Value(r) : "notRecorded", evaluation.Year)).ToList();
        evidence.Insert(0, Evidence.MemberCount(evaluation.RecipientName, members.Count - incomplete.Count, members.Count, evaluation.Year));
        return Outcome(
            members.Count > 0 && incomplete.Count == 0,
            incomplete.Count == 0 ? $"All {members.Count} members completed their tasks." : $"Not rated as completing their tasks: {string.Join(", ", incomplete.Select(m => m.FullName))}.",
            evidence,
            evaluation.Parameters.ExcellentCollectiveBasis);
    }
}

/// <summary>Tập thể lao động xuất sắc (Law 06/2022 Art. 27): at least one member holds Chiến sĩ thi đua cơ sở in the year.</summary>
public sealed class OneGrassrootsFighterRule() : EligibilityRule<UnitEvaluation>("ttldxs.one_grassroots_fighter", LegalTexts.Law("Điều 27"))
{
    public override RuleOutcome Evaluate(UnitEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var fighters = evaluation.Facts.Members.Where(m => m.HoldsGrassrootsFighter).ToList();
        return Outcome(
            fighters.Count > 0,
            $"{fighters.Count} member(s) hold Chiến sĩ thi đua cơ sở in {evaluation.Year}.",
            fighters.Select(m => Evidence.Member(m.FullName, "grassrootsEmulationFighter", evaluation.Year)),
            evaluation.Parameters.ExcellentCollectiveBasis);
    }
}

/// <summary>
/// Cờ thi đua của UBND tỉnh, annual route (Law 06/2022 Art. 26; e.g. BN86 Art. 3.1): the leading unit of a cluster or
/// block the province organises, in its finalized covenant ranking of the year.
/// </summary>
public sealed class ClusterLeaderRule() : EligibilityRule<UnitEvaluation>("co_thi_dua_tinh.cluster_leader", LegalTexts.Law("Điều 26"))
{
    public override RuleOutcome Evaluate(UnitEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var (facts, year) = (evaluation.Facts, evaluation.Year);
        var leading = facts.Clusters.FirstOrDefault(c => c.QualifiesForProvincialFlag);
        var notProvincial = facts.Clusters.Where(c => !c.OrganisedByProvince).Select(c => c.ClusterName).ToList();
        var detail = leading is not null
            ? $"Leading unit of {leading.ClusterName} in the finalized {year} covenant ranking."
            : facts.Clusters.Count == 0
                ? $"Not a member of any cluster or block in {year}."
                : $"Member of {string.Join(", ", facts.Clusters.Select(c => c.ClusterName))} in {year}, but not the leading unit of a finalized covenant ranking of a cluster or block the province organises"
                    + (notProvincial.Count > 0 ? $" (not organised by the province: {string.Join(", ", notProvincial)})." : ".");
        var evidence = leading is not null ? [Evidence.Cluster(leading, year)] : facts.Clusters.Select(c => Evidence.Cluster(c, year));
        return Outcome(leading is not null, detail, evidence, evaluation.Parameters.ProvincialFlagBasis);
    }
}

/// <summary>
/// The codified route of the collective provincial Bằng khen (Law 06/2022 Art. 74): rated excellent, or Tập thể lao động
/// xuất sắc, in each of the consecutive years the rule set requires (two), ending in the year.
/// </summary>
public sealed class CollectiveMeritRouteRule() : EligibilityRule<UnitEvaluation>("bang_khen_tinh_tap_the.merit_route", LegalTexts.Law("Điều 74"))
{
    public override RuleOutcome Evaluate(UnitEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var facts = evaluation.Facts;
        var years = EligibilityYears.Ending(evaluation.Year, evaluation.Parameters.CollectiveMeritConsecutiveYears);
        var excellent = RatingHistory.EveryYearAtLeast(facts.Ratings, years, PerformanceRating.Excellent);
        var titles = years.All(y => AwardHistory.CountsForMeritIn(facts.Awards, AwardCatalogue.ExcellentCollective, y));
        var evidence = Evidence.Ratings(evaluation.RecipientName, years, facts.Ratings)
            .Concat(facts.Awards.Where(a => a.AwardTypeCode == AwardCatalogue.ExcellentCollective && years.Contains(a.Year)).OrderBy(a => a.Year).Select(Evidence.Award));
        return Outcome(
            excellent || titles,
            $"Rated excellent in {EligibilityYears.List(years)}: {(excellent ? "yes" : "no")}; Tập thể lao động xuất sắc in {(years.Count == 2 ? "both years" : $"each of {EligibilityYears.List(years)}")}: {(titles ? "yes" : "no")}.",
            evidence);
    }
}

/// <summary>Long service rewards a person's career (Law 06/2022/QH15 Art. 8): a collective is not commended for it.</summary>
public sealed class LongServiceIsForIndividualsRule() : EligibilityRule<UnitEvaluation>("long_service.individuals_only", LegalTexts.Law("Điều 8"))
{
    public override RuleOutcome Evaluate(UnitEvaluation evaluation) =>
        Outcome(
            false,
            "Long-service commendation (quá trình cống hiến) rewards a person who held leadership positions; a collective is commended for merit, movements or sudden achievements instead.",
            null);
}
