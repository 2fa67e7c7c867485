using System.Globalization;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Domain.Eligibility.Rules;

/// <summary>Lao động tiên tiến (Law 06/2022 Art. 24): rated at least 'good' (hoàn thành tốt nhiệm vụ) in the year.</summary>
public sealed class RatedAtLeastGoodRule() : EligibilityRule<PersonEvaluation>("ldtt.rating_good", LegalTexts.Law("Điều 24"))
{
    public override RuleOutcome Evaluate(PersonEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var year = evaluation.Year;
        var rating = RatingHistory.In(evaluation.Facts.Ratings, year);
        return Outcome(
            rating >= PerformanceRating.Good,
            $"Rating {year}: {RatingHistory.Describe(rating)}; at least 'good' (hoàn thành tốt nhiệm vụ) is needed.",
            [Evidence.Rating(evaluation.RecipientName, year, rating)]);
    }
}

/// <summary>R4 (Decree 152/2025 Art. 4.4): no discipline period touching the year; achievements count only from the end of a discipline.</summary>
public sealed class NoDisciplineInYearRule() : EligibilityRule<PersonEvaluation>("discipline.none_in_year", LegalTexts.Hold)
{
    public override RuleOutcome Evaluate(PersonEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var year = evaluation.Year;
        var disciplined = DisciplineHistory.TouchingYear(evaluation.Facts.Disciplines, year);
        return Outcome(
            disciplined.Count == 0,
            disciplined.Count == 0
                ? $"No discipline period in {year}."
                : $"Disciplined ({string.Join(", ", disciplined.Select(d => $"{d.Kind} {d.From:yyyy-MM-dd}–{d.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}"))}); achievements count only from the end of the discipline.",
            disciplined.Select(Evidence.Discipline));
    }
}

/// <summary>
/// Chiến sĩ thi đua cơ sở (Law 06/2022 Art. 23): rated excellent in the year, or an initiative or scientific work
/// recognised in the year that no other award used (R9).
/// </summary>
public sealed class ExcellentOrRecognisedWorkRule() : EligibilityRule<PersonEvaluation>("cstdcs.excellent_or_recognised_work", LegalTexts.Law("Điều 23"))
{
    public override RuleOutcome Evaluate(PersonEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var (facts, year) = (evaluation.Facts, evaluation.Year);
        var rating = RatingHistory.In(facts.Ratings, year);
        var excellent = rating == PerformanceRating.Excellent;
        var ofYear = facts.Initiatives.Where(i => i.Year == year).ToList();
        var work = ofYear.FirstOrDefault(i => !i.AlreadyUsed);
        var used = ofYear.Where(i => i.AlreadyUsed).Select(i => i.Title).ToList();
        var detail = excellent
            ? $"Rated excellent (hoàn thành xuất sắc nhiệm vụ) in {year}."
            : work is not null
                ? $"{(work.Kind == InitiativeKind.Initiative ? "Initiative" : "Scientific work")} '{work.Title}' recognised in {year} ({work.Scope.ToString().ToLowerInvariant()} scope)."
                : $"Not rated excellent in {year}, and no unused initiative or scientific work recognised in {year}"
                    + (used.Count > 0 ? $" ('{string.Join("', '", used)}' already supported another award, {LegalTexts.InitiativeOnce})." : ".");
        var evidence = new List<EvidenceItem> { Evidence.Rating(evaluation.RecipientName, year, rating) };
        evidence.AddRange(excellent ? [] : work is not null ? [Evidence.Initiative(work)] : ofYear.Select(Evidence.Initiative));
        return Outcome(excellent || work is not null, detail, evidence, initiatives: excellent || work is null ? null : [work.Id]);
    }
}

/// <summary>
/// A title held in each of a number of consecutive years ending in the year of achievement (CSTĐ cấp tỉnh: CSTĐCS;
/// CSTĐ toàn quốc: CSTĐ cấp tỉnh). The number of years and the citation are data of the rule set.
/// </summary>
/// <param name="code">The outcome code.</param>
/// <param name="titleCode">The title that must be held each year.</param>
/// <param name="years">The number of consecutive years, from the parameters in force.</param>
/// <param name="basis">The citation, from the parameters in force.</param>
/// <param name="legalBasis">The national text.</param>
public sealed class ConsecutiveTitlesRule(
    string code, string titleCode, Func<EligibilityParameters, int> years, Func<EligibilityParameters, string> basis, LegalReference legalBasis)
    : EligibilityRule<PersonEvaluation>(code, legalBasis)
{
    public override RuleOutcome Evaluate(PersonEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var (awards, year, count) = (evaluation.Facts.Awards, evaluation.Year, years(evaluation.Parameters));
        var window = EligibilityYears.Ending(year, count);
        var held = window.Select(y => (Year: y, Held: AwardHistory.CountsForMeritIn(awards, titleCode, y))).ToList();
        var name = AwardCatalogue.Find(titleCode)!.Name;
        var revoked = awards.Where(a => a.AwardTypeCode == titleCode && a.IsRevoked && window.Contains(a.Year)).Select(a => a.Year).ToList();
        var detail = $"{name} in {string.Join(", ", held.Select(h => $"{h.Year}: {(h.Held ? "yes" : "no")}"))}; {count} consecutive years ending in {year} are needed"
            + (revoked.Count > 0 ? $" (revoked: {string.Join(", ", revoked)})." : ".");
        var evidence = awards.Where(a => a.AwardTypeCode == titleCode && window.Contains(a.Year)).OrderBy(a => a.Year).Select(Evidence.Award);
        return Outcome(held.All(h => h.Held), detail, evidence, basis(evaluation.Parameters));
    }
}

/// <summary>R10 (Law 06/2022 Art. 21.2, 22.2): an unused initiative or scientific work recognised at a scope or wider.</summary>
public sealed class InitiativeOfScopeRule(string code, InitiativeScope scope, LegalReference legalBasis) : EligibilityRule<PersonEvaluation>(code, legalBasis)
{
    public override RuleOutcome Evaluate(PersonEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var candidates = evaluation.Facts.Initiatives.Where(i => i.Scope >= scope).ToList();
        var unused = candidates.FirstOrDefault(i => !i.AlreadyUsed);
        var detail = unused is not null
            ? $"'{unused.Title}' ({unused.Year}) is recognised at {unused.Scope.ToString().ToLowerInvariant()} scope."
            : candidates.Count > 0
                ? $"Every initiative of {scope.ToString().ToLowerInvariant()} scope already supported another award ({LegalTexts.InitiativeOnce})."
                : $"No initiative or scientific work recognised at {scope.ToString().ToLowerInvariant()} scope or wider.";
        var evidence = unused is not null ? [Evidence.Initiative(unused)] : candidates.Select(Evidence.Initiative);
        return Outcome(unused is not null, detail, evidence, initiatives: unused is null ? null : [unused.Id]);
    }
}

/// <summary>
/// The codified route of the individual provincial Bằng khen (Law 06/2022 Art. 74): CSTĐCS every year of the window, or
/// rated excellent every year with enough unused initiatives of the window. Years, initiatives and citation are data.
/// </summary>
public sealed class ProvincialMeritRouteRule() : EligibilityRule<PersonEvaluation>("bang_khen_tinh.merit_route", LegalTexts.Law("Điều 74"))
{
    public override RuleOutcome Evaluate(PersonEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var (facts, p) = (evaluation.Facts, evaluation.Parameters);
        var years = EligibilityYears.Ending(evaluation.Year, p.ProvincialMeritConsecutiveYears);
        var fighterEveryYear = years.All(y => AwardHistory.CountsForMeritIn(facts.Awards, AwardCatalogue.GrassrootsEmulationFighter, y));
        var excellentEveryYear = RatingHistory.EveryYearAtLeast(facts.Ratings, years, PerformanceRating.Excellent);
        var unused = facts.Initiatives.Where(i => years.Contains(i.Year) && !i.AlreadyUsed).ToList();
        var passed = fighterEveryYear || (excellentEveryYear && unused.Count >= p.ProvincialMeritInitiatives);
        var span = $"{years[0]}–{years[^1]}";
        var detail = $"Chiến sĩ thi đua cơ sở every year {span}: {(fighterEveryYear ? "yes" : "no")}; rated excellent every year {span}: "
            + $"{(excellentEveryYear ? "yes" : "no")} with {unused.Count} unused initiative(s) (need {p.ProvincialMeritInitiatives}).";
        var basis = fighterEveryYear ? null : unused.Take(p.ProvincialMeritInitiatives).Select(i => i.Id).ToList();
        var evidence = facts.Awards.Where(a => a.AwardTypeCode == AwardCatalogue.GrassrootsEmulationFighter && years.Contains(a.Year)).OrderBy(a => a.Year).Select(Evidence.Award)
            .Concat(Evidence.Ratings(evaluation.RecipientName, years, facts.Ratings))
            .Concat(unused.Select(Evidence.Initiative));
        return Outcome(passed, detail, evidence, p.ProvincialMeritBasis, basis);
    }
}

/// <summary>
/// R5 (Decree 152/2025 Art. 4.5): working days of leave in the year, maternity leave and treatment of an injury on duty
/// counted as time worked; an absence of the parameter's number of working days or more is put before the council.
/// </summary>
public sealed class TimeWorkedRule() : EligibilityRule<PersonEvaluation>("ldtt.time_worked", LegalTexts.Maternity)
{
    public override RuleOutcome Evaluate(PersonEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var (year, threshold) = (evaluation.Year, evaluation.Parameters.AbsenceWorkingDaysForCouncil);
        var inYear = LeaveDays.InYear(evaluation.Facts.Leaves, year, evaluation.AsOf);
        var worked = inYear.Where(x => x.Leave.CountsAsWorked).ToList();
        var absent = inYear.Where(x => !x.Leave.CountsAsWorked).ToList();
        var absentDays = absent.Sum(x => x.WorkingDays);
        var parts = new List<string>();
        if (worked.Count > 0)
        {
            parts.Add($"counted as time worked ({LegalTexts.Maternity}): {string.Join(", ", worked.Select(x => $"{Describe(x.Leave.Kind)} leave {Periods.Format(x.Leave.From, x.Leave.To)}, {x.WorkingDays} working days in {year}"))}");
        }

        parts.Add(absent.Count == 0
            ? $"no other leave in {year}"
            : $"absent {absentDays} working days in {year} ({string.Join(", ", absent.Select(x => $"{Describe(x.Leave.Kind)} {Periods.Format(x.Leave.From, x.Leave.To)}: {x.WorkingDays}"))})");
        var detail = $"Leave: {string.Join("; ", parts)}. Absence of {threshold} working days or more is weighed by the council.";
        return Outcome(
            absentDays < threshold,
            detail,
            inYear.Select(x => Evidence.Leave(x.Leave, year, x.WorkingDays)),
            $"{LegalTexts.Maternity}; ngưỡng {threshold} ngày làm việc theo {evaluation.Parameters.AbsenceBasis}");
    }

    private static string Describe(LeaveKind kind) => kind switch
    {
        LeaveKind.Maternity => "maternity",
        LeaveKind.Sickness => "sick",
        LeaveKind.DutyInjury => "dutyInjury treatment",
        LeaveKind.Study => "study",
        _ => "unpaid",
    };
}
