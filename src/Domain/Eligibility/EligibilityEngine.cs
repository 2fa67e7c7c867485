using System.Globalization;
using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.Eligibility;

/// <summary>
/// Decides from recorded facts whether a person or a unit meets the criteria of an award type for a year, rule by rule,
/// each outcome naming the facts it used and its legal basis (domain.md §2). Pure: the caller gathers the facts.
/// </summary>
public static partial class EligibilityEngine
{
    private const string Law = "Luật 06/2022/QH15";
    private const string HoldBasis = "Nghị định 152/2025/NĐ-CP, Điều 4.4 (R4)";
    private const string DuplicateBasis = "Luật 06/2022/QH15, Điều 5.2.c (R8)";
    private const string SuddenThematicBasis = "Nghị định 152/2025/NĐ-CP, Điều 4.3 (R3)";
    private const string InitiativeOnceBasis = "Công văn 5007/BNV-TĐKT (2023), mục III.5.c (R9)";
    private const string DissolvedBasis = "Thông tư 15/2025/TT-BNV (R13)";
    private const string NoHoldRule = "hold.none";
    private const string NotAlreadyHeld = "award.not_already_held";
    private const string BasisUnused = "initiative.basis_unused";
    private const string UnitActive = "unit.active";
    private const string RegisteredRule = "registration.registered_for_title";

    /// <summary>Evaluates a person for an individual award type.</summary>
    /// <param name="awardTypeCode">The award type (individual).</param>
    /// <param name="type">Merit, thematic, sudden, ... — thematic and sudden routes have no prerequisite.</param>
    /// <param name="year">The year of achievement.</param>
    /// <param name="facts">The person's records.</param>
    /// <param name="ruleSet">The rule set in force.</param>
    /// <param name="asOf">The evaluation date, for holds in force.</param>
    /// <param name="declaredBasis">
    /// The initiatives the proposal declares as its basis; when any are declared, only they may satisfy an initiative
    /// criterion, and each must not have supported another award (R9). When none are declared, the engine uses unused ones.
    /// </param>
    /// <param name="registeredTitles">The titles approved registrations of the year name for the person (R12); none when null.</param>
    public static EligibilityResult EvaluatePerson(
        string awardTypeCode,
        CommendationType type,
        int year,
        PersonFacts facts,
        RuleSet ruleSet,
        DateOnly asOf,
        IReadOnlyCollection<Guid>? declaredBasis = null,
        IReadOnlyCollection<string>? registeredTitles = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var rules = new List<RuleOutcome>();
        rules.Add(Hold(facts.Disciplines, asOf));
        rules.Add(NoDuplicate(facts.Awards, awardTypeCode, type, year));
        AddRegistration(rules, awardTypeCode, year, ruleSet, registeredTitles);
        if (declaredBasis is { Count: > 0 })
        {
            rules.Add(DeclaredBasisUnused(facts, declaredBasis));
            facts = facts with { Initiatives = facts.Initiatives.Where(i => declaredBasis.Contains(i.Id)).ToList() };
        }

        var p = ruleSet.Eligibility;
        switch (awardTypeCode)
        {
            case var _ when type == CommendationType.LongService:
                rules.AddRange(LongService(awardTypeCode, facts, asOf));
                break;
            case AwardCatalogue.AdvancedWorker:
                rules.AddRange(AdvancedWorker(facts, year));
                break;
            case AwardCatalogue.GrassrootsEmulationFighter:
                rules.AddRange(AdvancedWorker(facts, year));
                rules.Add(ExcellentOrRecognisedWork(facts, year));
                break;
            case AwardCatalogue.ProvincialEmulationFighter:
                rules.Add(ConsecutiveTitles(facts.Awards, AwardCatalogue.GrassrootsEmulationFighter, year, p.ProvincialFighterConsecutiveYears, "cstd_tinh.consecutive_cstdcs", p.ProvincialFighterBasis));
                rules.Add(InitiativeOfScope(facts, InitiativeScope.Province, null, "cstd_tinh.provincial_initiative", $"{Law}, Điều 22.2"));
                break;
            case AwardCatalogue.NationalEmulationFighter:
                rules.Add(ConsecutiveTitles(facts.Awards, AwardCatalogue.ProvincialEmulationFighter, year, 2, "cstd_toan_quoc.consecutive_cstd_tinh", $"{Law}, Điều 21"));
                rules.Add(InitiativeOfScope(facts, InitiativeScope.National, null, "cstd_toan_quoc.national_initiative", $"{Law}, Điều 21.2"));
                break;
            case AwardCatalogue.ProvincialMeritIndividual when type == CommendationType.Merit:
                rules.Add(ProvincialMeritRoute(facts, year, p));
                break;
            default:
                rules.Add(NoCodifiedPrerequisite(ruleSet.FindAwardType(awardTypeCode), awardTypeCode, type));
                break;
        }

        rules.AddRange(LeaveRules(awardTypeCode, type, year, facts, asOf));
        return new EligibilityResult(awardTypeCode, year, ruleSet.Code, rules);
    }

    /// <summary>Evaluates a unit for a collective award type.</summary>
    /// <param name="awardTypeCode">The award type (collective).</param>
    /// <param name="type">Merit, thematic, sudden, ...</param>
    /// <param name="year">The year of achievement.</param>
    /// <param name="facts">The unit's records.</param>
    /// <param name="ruleSet">The rule set in force, with the unit's province's parameters applied.</param>
    /// <param name="registeredTitles">The titles the unit's approved registrations of the year name (R12); none when null.</param>
    public static EligibilityResult EvaluateUnit(
        string awardTypeCode, CommendationType type, int year, UnitFacts facts, RuleSet ruleSet, IReadOnlyCollection<string>? registeredTitles = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var rules = new List<RuleOutcome>
        {
            new(UnitActive, facts.Status == UnitStatus.Active,
                facts.Status == UnitStatus.Active ? $"{facts.Name} is active." : $"{facts.Name} is {facts.Status.ToString().ToLowerInvariant()}; a unit that no longer exists is not commended.",
                DissolvedBasis),
            NoDuplicate(facts.Awards, awardTypeCode, type, year),
        };
        AddRegistration(rules, awardTypeCode, year, ruleSet, registeredTitles);
        var p = ruleSet.Eligibility;
        switch (awardTypeCode)
        {
            case var _ when type == CommendationType.LongService:
                rules.Add(LongServiceIsForIndividuals());
                break;
            case AwardCatalogue.AdvancedCollective:
                rules.Add(UnitRating(facts, year, PerformanceRating.Good, "ttldtt.rating_good", $"{Law}, Điều 28"));
                rules.Add(MemberShare(facts, p.AdvancedCollectiveMemberShare, p.AdvancedCollectiveShareInclusive, "ttldtt.advanced_worker_share", p.AdvancedCollectiveBasis));
                rules.Add(NoMemberDisciplinedAtWarning(facts, "ttldtt.no_member_warning", $"{Law}, Điều 28"));
                break;
            case AwardCatalogue.ExcellentCollective:
                rules.Add(UnitRating(facts, year, PerformanceRating.Excellent, "ttldxs.rating_excellent", p.ExcellentCollectiveBasis));
                rules.Add(AllMembersComplete(facts, p.ExcellentCollectiveBasis));
                rules.Add(MemberShare(facts, p.ExcellentCollectiveMemberShare, p.ExcellentCollectiveShareInclusive, "ttldxs.advanced_worker_share", p.ExcellentCollectiveShareBasis ?? p.ExcellentCollectiveBasis));
                rules.Add(new RuleOutcome(
                    "ttldxs.one_grassroots_fighter",
                    facts.Members.Any(m => m.HoldsGrassrootsFighter),
                    $"{facts.Members.Count(m => m.HoldsGrassrootsFighter)} member(s) hold Chiến sĩ thi đua cơ sở in {year}.",
                    p.ExcellentCollectiveBasis));
                rules.Add(NoMemberDisciplinedAtWarning(facts, "ttldxs.no_member_warning", p.ExcellentCollectiveBasis));
                break;
            case AwardCatalogue.ProvincialFlag when type == CommendationType.Merit:
                rules.Add(ClusterLeader(facts, year, p.ProvincialFlagBasis));
                break;
            case AwardCatalogue.ProvincialMeritCollective when type == CommendationType.Merit:
                rules.Add(CollectiveMeritRoute(facts, year));
                break;
            default:
                rules.Add(NoCodifiedPrerequisite(ruleSet.FindAwardType(awardTypeCode), awardTypeCode, type));
                break;
        }

        return new EligibilityResult(awardTypeCode, year, ruleSet.Code, rules);
    }

    private static IEnumerable<RuleOutcome> AdvancedWorker(PersonFacts facts, int year)
    {
        var rating = facts.Ratings.TryGetValue(year, out var r) ? r : (PerformanceRating?)null;
        yield return new RuleOutcome(
            "ldtt.rating_good",
            rating >= PerformanceRating.Good,
            $"Rating {year}: {Describe(rating)}; at least 'good' (hoàn thành tốt nhiệm vụ) is needed.",
            $"{Law}, Điều 24");
        var disciplined = facts.Disciplines.Where(d => !d.IsHold && d.Touches(year)).ToList();
        yield return new RuleOutcome(
            "discipline.none_in_year",
            disciplined.Count == 0,
            disciplined.Count == 0
                ? $"No discipline period in {year}."
                : $"Disciplined ({string.Join(", ", disciplined.Select(d => $"{d.Kind} {d.From:yyyy-MM-dd}–{d.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}"))}); achievements count only from the end of the discipline.",
            HoldBasis);
    }

    private static RuleOutcome ExcellentOrRecognisedWork(PersonFacts facts, int year)
    {
        var excellent = facts.Ratings.TryGetValue(year, out var r) && r == PerformanceRating.Excellent;
        var work = facts.Initiatives.FirstOrDefault(i => i.Year == year && !i.AlreadyUsed);
        var used = facts.Initiatives.Where(i => i.Year == year && i.AlreadyUsed).Select(i => i.Title).ToList();
        var detail = excellent
            ? $"Rated excellent (hoàn thành xuất sắc nhiệm vụ) in {year}."
            : work is not null
                ? $"{(work.Kind == InitiativeKind.Initiative ? "Initiative" : "Scientific work")} '{work.Title}' recognised in {year} ({work.Scope.ToString().ToLowerInvariant()} scope)."
                : $"Not rated excellent in {year}, and no unused initiative or scientific work recognised in {year}"
                    + (used.Count > 0 ? $" ('{string.Join("', '", used)}' already supported another award, {InitiativeOnceBasis})." : ".");
        return new RuleOutcome("cstdcs.excellent_or_recognised_work", excellent || work is not null, detail, $"{Law}, Điều 23", excellent || work is null ? null : [work.Id]);
    }

    private static RuleOutcome ConsecutiveTitles(IReadOnlyList<AwardFact> awards, string titleCode, int year, int years, string rule, string basis)
    {
        var held = Enumerable.Range(year - years + 1, years)
            .Select(y => (Year: y, Held: awards.Any(a => a.AwardTypeCode == titleCode && a.Year == y && a.CountsForMerit)))
            .ToList();
        var name = AwardCatalogue.Find(titleCode)!.Name;
        var revoked = awards.Where(a => a.AwardTypeCode == titleCode && a.IsRevoked && a.Year > year - years && a.Year <= year).Select(a => a.Year).ToList();
        var detail = $"{name} in {string.Join(", ", held.Select(h => $"{h.Year}: {(h.Held ? "yes" : "no")}"))}; {years} consecutive years ending in {year} are needed"
            + (revoked.Count > 0 ? $" (revoked: {string.Join(", ", revoked)})." : ".");
        return new RuleOutcome(rule, held.All(h => h.Held), detail, basis);
    }

    private static RuleOutcome InitiativeOfScope(PersonFacts facts, InitiativeScope scope, int? year, string rule, string basis)
    {
        var candidates = facts.Initiatives.Where(i => i.Scope >= scope && (year is null || i.Year == year)).ToList();
        var unused = candidates.FirstOrDefault(i => !i.AlreadyUsed);
        var detail = unused is not null
            ? $"'{unused.Title}' ({unused.Year}) is recognised at {unused.Scope.ToString().ToLowerInvariant()} scope."
            : candidates.Count > 0
                ? $"Every initiative of {scope.ToString().ToLowerInvariant()} scope already supported another award ({InitiativeOnceBasis})."
                : $"No initiative or scientific work recognised at {scope.ToString().ToLowerInvariant()} scope or wider.";
        return new RuleOutcome(rule, unused is not null, detail, basis, unused is null ? null : [unused.Id]);
    }

    private static RuleOutcome ProvincialMeritRoute(PersonFacts facts, int year, EligibilityParameters p)
    {
        var years = Enumerable.Range(year - p.ProvincialMeritConsecutiveYears + 1, p.ProvincialMeritConsecutiveYears).ToList();
        var fighterEveryYear = years.All(y => facts.Awards.Any(a => a.AwardTypeCode == AwardCatalogue.GrassrootsEmulationFighter && a.Year == y && a.CountsForMerit));
        var excellentEveryYear = years.All(y => facts.Ratings.TryGetValue(y, out var r) && r == PerformanceRating.Excellent);
        var unused = facts.Initiatives.Where(i => years.Contains(i.Year) && !i.AlreadyUsed).ToList();
        var initiatives = unused.Count;
        var passed = fighterEveryYear || (excellentEveryYear && initiatives >= p.ProvincialMeritInitiatives);
        var span = $"{years[0]}–{years[^1]}";
        var detail = $"Chiến sĩ thi đua cơ sở every year {span}: {(fighterEveryYear ? "yes" : "no")}; rated excellent every year {span}: "
            + $"{(excellentEveryYear ? "yes" : "no")} with {initiatives} unused initiative(s) (need {p.ProvincialMeritInitiatives}).";
        var basis = fighterEveryYear ? null : unused.Take(p.ProvincialMeritInitiatives).Select(i => i.Id).ToList();
        return new RuleOutcome("bang_khen_tinh.merit_route", passed, detail, p.ProvincialMeritBasis, basis);
    }

    private static RuleOutcome CollectiveMeritRoute(UnitFacts facts, int year)
    {
        var years = new[] { year - 1, year };
        var excellent = years.All(y => facts.Ratings.TryGetValue(y, out var r) && r == PerformanceRating.Excellent);
        var titles = years.All(y => facts.Awards.Any(a => a.AwardTypeCode == AwardCatalogue.ExcellentCollective && a.Year == y && a.CountsForMerit));
        return new RuleOutcome(
            "bang_khen_tinh_tap_the.merit_route",
            excellent || titles,
            $"Rated excellent in {year - 1} and {year}: {(excellent ? "yes" : "no")}; Tập thể lao động xuất sắc in both years: {(titles ? "yes" : "no")}.",
            $"{Law}, Điều 74");
    }

    /// <summary>The hold rule (R4) on <paramref name="asOf"/>: checked at submission, again at council review, vote and decision.</summary>
    public static RuleOutcome Hold(IEnumerable<Discipline> disciplines, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(disciplines);
        var open = disciplines.Where(d => d.IsHold && d.InForceOn(asOf)).ToList();
        return new RuleOutcome(
            NoHoldRule,
            open.Count == 0,
            open.Count == 0 ? $"No hold in force on {asOf:yyyy-MM-dd}." : $"A hold is in force since {open[0].From:yyyy-MM-dd}.",
            HoldBasis);
    }

    private static RuleOutcome NoDuplicate(IReadOnlyList<AwardFact> awards, string awardTypeCode, CommendationType type, int year)
    {
        if (CommendationTypes.IsOneOff(type))
        {
            return new RuleOutcome(
                NotAlreadyHeld,
                true,
                $"A {type.ToString().ToLowerInvariant()} award rewards its own achievement; other {awardTypeCode} awards for {year} do not bar it.",
                DuplicateBasis);
        }

        // A predecessor's award (before a merger) is not the recipient's own, and one-off awards reward other achievements.
        var exists = awards.Any(a => a.AwardTypeCode == awardTypeCode && a.Year == year && !a.IsRevoked && a.IsOwn && !CommendationTypes.IsOneOff(a.CommendationType));
        return new RuleOutcome(
            NotAlreadyHeld,
            !exists,
            exists ? $"Already holds {awardTypeCode} for {year}." : $"Does not hold {awardTypeCode} for {year}.",
            DuplicateBasis);
    }

    private static RuleOutcome DeclaredBasisUnused(PersonFacts facts, IReadOnlyCollection<Guid> declared)
    {
        var known = facts.Initiatives.Where(i => declared.Contains(i.Id)).ToList();
        var used = known.Where(i => i.AlreadyUsed).Select(i => $"'{i.Title}' ({i.Year})").ToList();
        var unknown = declared.Count - known.Count;
        var detail = used.Count > 0
            ? $"Already the basis of another award: {string.Join(", ", used)}; an initiative supports one award only."
            : unknown > 0
                ? $"{unknown} declared basis initiative(s) are not among the person's recorded initiatives."
                : $"Declared basis not used by any other award: {string.Join(", ", known.Select(i => $"'{i.Title}' ({i.Year})"))}.";
        return new RuleOutcome(BasisUnused, used.Count == 0 && unknown == 0, detail, InitiativeOnceBasis, known.Select(i => i.Id).ToList());
    }

    /// <summary>
    /// An award type without computed criteria: a national one cites its article of the Law, a province's own type the
    /// provincial regulation that creates it.
    /// </summary>
    private static RuleOutcome NoCodifiedPrerequisite(AwardType? awardType, string awardTypeCode, CommendationType type) =>
        new(
            "criteria.appraised_by_council",
            true,
            type is CommendationType.Sudden or CommendationType.Thematic
                ? $"A {type.ToString().ToLowerInvariant()} award has no prerequisite award; the achievement is appraised by the council."
                : $"{awardType?.Name ?? awardTypeCode}: no criterion this system computes; the council appraises the achievement.",
            type is CommendationType.Sudden or CommendationType.Thematic
                ? SuddenThematicBasis
                : awardType?.Province is not null ? awardType.LegalBasis : $"{Law}, {awardType?.LegalBasis ?? "—"}");

    /// <summary>
    /// R12 (domain.md §2.4): where the province's regulation requires it, a unit or person is considered for an emulation
    /// title only if an approved registration for emulation of the year names that title. Where it does not, the outcome
    /// says so and passes. Commendation forms are not concerned.
    /// </summary>
    private static void AddRegistration(List<RuleOutcome> rules, string awardTypeCode, int year, RuleSet ruleSet, IReadOnlyCollection<string>? registeredTitles)
    {
        var awardType = ruleSet.FindAwardType(awardTypeCode);
        if (awardType is not { Category: AwardCategory.EmulationTitle })
        {
            return;
        }

        var requirement = ruleSet.EmulationRegistration;
        if (!requirement.Required)
        {
            rules.Add(new RuleOutcome(
                RegisteredRule,
                true,
                $"Does not apply: {(ruleSet.Province is null ? "no provincial regulation" : $"{ruleSet.Province}'s regulation in force")} makes registration for emulation a precondition of {awardType.Name}.",
                requirement.LegalBasis));
            return;
        }

        var registered = registeredTitles?.Contains(awardTypeCode) == true;
        rules.Add(new RuleOutcome(
            RegisteredRule,
            registered,
            registered
                ? $"An approved registration for emulation of {year} names {awardType.Name}."
                : $"No approved registration for emulation of {year} names {awardType.Name}"
                    + (registeredTitles is { Count: > 0 } ? $" (registered: {string.Join(", ", registeredTitles.Order(StringComparer.Ordinal))})." : "."),
            requirement.LegalBasis));
    }

    private static RuleOutcome UnitRating(UnitFacts facts, int year, PerformanceRating minimum, string rule, string basis)
    {
        var rating = facts.Ratings.TryGetValue(year, out var r) ? r : (PerformanceRating?)null;
        return new RuleOutcome(rule, rating >= minimum, $"Collective rating {year}: {Describe(rating)}; at least '{Describe(minimum)}' is needed.", basis);
    }

    private static RuleOutcome MemberShare(UnitFacts facts, decimal share, bool inclusive, string rule, string basis)
    {
        var total = facts.Members.Count;
        var holders = facts.Members.Count(m => m.HoldsAdvancedWorker || m.HoldsGrassrootsFighter);
        var actual = total == 0 ? 0m : (decimal)holders / total;
        var passed = total > 0 && (inclusive ? actual >= share : actual > share);
        return new RuleOutcome(
            rule,
            passed,
            $"{holders} of {total} members hold Lao động tiên tiến or higher ({actual:P1}); {(inclusive ? "at least" : "more than")} {share:P0} is needed.",
            basis);
    }

    private static RuleOutcome NoMemberDisciplinedAtWarning(UnitFacts facts, string rule, string basis)
    {
        var disciplined = facts.Members.Where(m => m.MostSevereDiscipline >= DisciplineKind.Warning).Select(m => m.FullName).ToList();
        return new RuleOutcome(
            rule,
            disciplined.Count == 0,
            disciplined.Count == 0 ? "No member disciplined at warning (cảnh cáo) or above." : $"Disciplined at warning or above: {string.Join(", ", disciplined)}.",
            basis);
    }

    private static RuleOutcome AllMembersComplete(UnitFacts facts, string basis)
    {
        var incomplete = facts.Members.Where(m => m.Rating is null or < PerformanceRating.Completed).Select(m => m.FullName).ToList();
        return new RuleOutcome(
            "ttldxs.all_members_complete",
            facts.Members.Count > 0 && incomplete.Count == 0,
            incomplete.Count == 0 ? $"All {facts.Members.Count} members completed their tasks." : $"Not rated as completing their tasks: {string.Join(", ", incomplete)}.",
            basis);
    }

    private static RuleOutcome ClusterLeader(UnitFacts facts, int year, string basis)
    {
        var leading = facts.Clusters.FirstOrDefault(c => c.OrganisedByProvince && c.CovenantFinalized && c.IsLeadingUnit);
        var notProvincial = facts.Clusters.Where(c => !c.OrganisedByProvince).Select(c => c.ClusterName).ToList();
        var detail = leading is not null
            ? $"Leading unit of {leading.ClusterName} in the finalized {year} covenant ranking."
            : facts.Clusters.Count == 0
                ? $"Not a member of any cluster or block in {year}."
                : $"Member of {string.Join(", ", facts.Clusters.Select(c => c.ClusterName))} in {year}, but not the leading unit of a finalized covenant ranking of a cluster or block the province organises"
                    + (notProvincial.Count > 0 ? $" (not organised by the province: {string.Join(", ", notProvincial)})." : ".");
        return new RuleOutcome("co_thi_dua_tinh.cluster_leader", leading is not null, detail, basis);
    }

    private static string Describe(PerformanceRating? rating) => rating switch
    {
        PerformanceRating.Excellent => "excellent",
        PerformanceRating.Good => "good",
        PerformanceRating.Completed => "completed",
        PerformanceRating.NotCompleted => "not completed",
        _ => "not recorded",
    };
}
