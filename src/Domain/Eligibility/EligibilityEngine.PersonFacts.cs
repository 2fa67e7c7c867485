using System.Globalization;
using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Domain.Eligibility;

/// <summary>
/// The rules that read leave, positions and retirement: time worked in the year with maternity leave counted as worked
/// (R5, Decree 152/2025 Art. 4.5), and the long-service route for leaders (R7 Art. 4.7, R14 Art. 9).
/// </summary>
public static partial class EligibilityEngine
{
    /// <summary>
    /// Absences of this many working days or more in the year are put before the council. The figure comes from the
    /// pre-2024 regime (Nghị định 91/2017/NĐ-CP, Thông tư 12/2019/TT-BNV) and was not re-verified for Thông tư
    /// 15/2025/TT-BNV (domain.md §2.1, confidence L), so the rule is a council judgement, never a precondition.
    /// </summary>
    public const int AbsenceWorkingDaysForCouncil = 40;

    private const string TimeWorkedRule = "ldtt.time_worked";
    private const string MaternityBasis = "Nghị định 152/2025/NĐ-CP, Điều 4.5 (R5)";
    private const string LongServiceBasis = "Nghị định 152/2025/NĐ-CP, Điều 9";
    private const string WomenLeadersBasis = "Nghị định 152/2025/NĐ-CP, Điều 4.7 (R7)";

    /// <summary>The months of a year, for durations held in calendar months.</summary>
    private const int MonthsPerYear = 12;

    /// <summary>Leftover days of separate periods are added up; every 30 of them count as a month.</summary>
    private const int DaysPerMonth = 30;

    /// <summary>Rules that read leave: the time worked in the year of an annual individual title (R5).</summary>
    private static IEnumerable<RuleOutcome> LeaveRules(string awardTypeCode, CommendationType type, int year, PersonFacts facts, DateOnly asOf)
    {
        if (type != CommendationType.LongService && awardTypeCode is AwardCatalogue.AdvancedWorker or AwardCatalogue.GrassrootsEmulationFighter)
        {
            yield return TimeWorked(facts, year, asOf);
        }
    }

    /// <summary>
    /// Working days (Monday to Friday; public holidays are not deducted) of leave in the year. Maternity leave and
    /// treatment of an injury on duty count as time worked and are shown as such; the other kinds add up to the absence
    /// the council weighs. A leave still open counts up to the evaluation date: its end is not known yet.
    /// </summary>
    private static RuleOutcome TimeWorked(PersonFacts facts, int year, DateOnly asOf)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var inYear = facts.Leaves
            .Select(l => (Leave: l, Days: WorkingDays(Later(l.From, first), Earlier(l.To ?? asOf, last))))
            .Where(x => x.Days > 0)
            .OrderBy(x => x.Leave.From)
            .ToList();
        var worked = inYear.Where(x => x.Leave.CountsAsWorked).ToList();
        var absent = inYear.Where(x => !x.Leave.CountsAsWorked).ToList();
        var absentDays = absent.Sum(x => x.Days);
        var parts = new List<string>();
        if (worked.Count > 0)
        {
            parts.Add($"counted as time worked ({MaternityBasis}): {string.Join(", ", worked.Select(x => $"{Describe(x.Leave.Kind)} leave {Period(x.Leave.From, x.Leave.To)}, {x.Days} working days in {year}"))}");
        }

        parts.Add(absent.Count == 0
            ? $"no other leave in {year}"
            : $"absent {absentDays} working days in {year} ({string.Join(", ", absent.Select(x => $"{Describe(x.Leave.Kind)} {Period(x.Leave.From, x.Leave.To)}: {x.Days}"))})");
        var detail = $"Leave: {string.Join("; ", parts)}. Absence of {AbsenceWorkingDaysForCouncil} working days or more is weighed by the council.";
        return new RuleOutcome(TimeWorkedRule, absentDays < AbsenceWorkingDaysForCouncil, detail, $"{MaternityBasis}; ngưỡng {AbsenceWorkingDaysForCouncil} ngày làm việc theo Nghị định 91/2017/NĐ-CP và Thông tư 12/2019/TT-BNV (đã hết hiệu lực; chưa đối chiếu Thông tư 15/2025/TT-BNV) — Hội đồng xem xét");
    }

    /// <summary>
    /// The long-service route (quá trình cống hiến, Law 06/2022/QH15 Art. 8; Decree 152/2025 Art. 9): a commendation form,
    /// proposed when retirement is notified or decided, for a leader not disciplined during the leadership period, with
    /// the time in positions the award's standard needs (overlapping positions: the highest; shortfall added to the next
    /// lower position; women leaders: one third less).
    /// </summary>
    private static IEnumerable<RuleOutcome> LongService(string awardTypeCode, PersonFacts facts, DateOnly asOf)
    {
        var award = AwardCatalogue.Find(awardTypeCode);
        if (award?.Category == AwardCategory.EmulationTitle)
        {
            yield return new RuleOutcome(
                "long_service.commendation_form",
                false,
                $"{award.Name} is an emulation title, conferred for the achievements of a year or a movement, not for long service; long service is rewarded with a commendation form.",
                "Luật 06/2022/QH15, Điều 8");
            yield break;
        }

        yield return RetirementNotified(facts.Retirement, asOf);

        // After a long-service award, only the later period counts (Art. 9.2).
        var lastAward = facts.Awards.Where(a => a.CommendationType == CommendationType.LongService && !a.IsRevoked).Select(a => (int?)a.Year).Max();
        var since = lastAward is { } y ? new DateOnly(y + 1, 1, 1) : DateOnly.MinValue;
        var leadership = facts.Positions
            .Where(p => p.IsLeadership)
            .Select(p => p with { From = Later(p.From, since), To = Earlier(p.To ?? asOf, asOf) })
            .Where(p => p.From <= p.To)
            .OrderBy(p => p.From)
            .ToList();
        var afterAward = lastAward is { } year ? $" after the long-service award of {year} (Art. 9.2: only the later period counts)" : string.Empty;
        yield return new RuleOutcome(
            "long_service.leadership_held",
            leadership.Count > 0,
            leadership.Count > 0
                ? $"Leadership or management positions{afterAward}: {string.Join("; ", leadership.Select(p => $"{p.Title} ({Describe(p.Level)}) {Period(p.From, p.To)}"))}."
                : $"No leadership or management position recorded{afterAward}; long-service awards are for those who held one.",
            "Luật 06/2022/QH15, Điều 8 (khen thưởng quá trình cống hiến: giữ chức vụ lãnh đạo, quản lý)");
        if (leadership.Count == 0)
        {
            yield break;
        }

        yield return NoDisciplineInLeadership(facts.Disciplines, leadership, asOf);

        var standards = LongServiceStandards.For(awardTypeCode, asOf);
        var byLevel = HighestLevelByDay(leadership);
        var summary = string.Join(", ", byLevel.OrderByDescending(l => l.Key).Select(l => $"{Describe(l.Key)} {Describe(l.Value)}"));
        if (standards.Count == 0)
        {
            yield return new RuleOutcome(
                "criteria.appraised_by_council",
                true,
                $"{award?.Name ?? awardTypeCode}: no codified time-in-position standard for long service on {asOf:yyyy-MM-dd}; the council appraises the time held (highest position on overlapping days: {summary}).",
                $"{LongServiceBasis}; {award?.LegalBasis ?? "—"}");
            yield break;
        }

        var lowestStandard = standards.Keys.Min();
        if (byLevel.Keys.All(l => l < lowestStandard))
        {
            yield return new RuleOutcome(
                "long_service.position_equivalence",
                false,
                $"Positions held ({summary}) are not among those the standard lists ({string.Join(", ", standards.Keys.OrderByDescending(l => l).Select(Describe))}); whether they are equivalent (tương đương) is for the appraising body.",
                standards[lowestStandard].LegalBasis);
            yield break;
        }

        yield return LeadershipTime(facts, byLevel, standards);
    }

    /// <summary>Long service rewards a person's career (Law 06/2022/QH15 Art. 8): a collective is not commended for it.</summary>
    private static RuleOutcome LongServiceIsForIndividuals() =>
        new(
            "long_service.individuals_only",
            false,
            "Long-service commendation (quá trình cống hiến) rewards a person who held leadership positions; a collective is commended for merit, movements or sudden achievements instead.",
            "Luật 06/2022/QH15, Điều 8");

    private static RuleOutcome RetirementNotified(RetirementFact? retirement, DateOnly asOf)
    {
        var notified = retirement is not null && retirement.NotifiedOn <= asOf;
        var what = retirement?.Kind switch
        {
            RetirementKind.Notice => "Retirement notice",
            RetirementKind.Decision => "Retirement decision",
            RetirementKind.LeadershipEnded => "Leaving the leadership position at its age limit (working time extended)",
            _ => null,
        };
        var detail = retirement is null
            ? "No retirement notice or decision recorded; a long-service award is proposed when retirement is notified or decided."
            : notified
                ? $"{what} of {retirement.NotifiedOn:yyyy-MM-dd}, effective {retirement.RetiresOn:yyyy-MM-dd}."
                : $"{what} is dated {retirement!.NotifiedOn:yyyy-MM-dd}, after {asOf:yyyy-MM-dd}: retirement was not yet notified or decided then.";
        return new RuleOutcome("long_service.retirement_notified", notified, detail, $"{LongServiceBasis}.2");
    }

    private static RuleOutcome NoDisciplineInLeadership(IReadOnlyList<Discipline> disciplines, IReadOnlyList<PositionFact> leadership, DateOnly asOf)
    {
        var inside = disciplines
            .Where(d => !d.IsHold && d.From <= asOf && leadership.Any(p => d.From <= p.To!.Value && (d.To ?? asOf) >= p.From))
            .OrderBy(d => d.From)
            .ToList();
        var detail = inside.Count == 0
            ? "No discipline during the leadership period."
            : $"Disciplined during the leadership period: {string.Join(", ", inside.Select(d => $"{d.Kind.ToString().ToLowerInvariant()} {Period(d.From, d.To)} ({d.LegalBasis.Number})"))}; no long-service award is given.";
        return new RuleOutcome("long_service.no_discipline_in_leadership", inside.Count == 0, detail, $"{LongServiceBasis} (không khen thưởng cá nhân bị kỷ luật trong thời gian giữ chức vụ lãnh đạo, quản lý; khoản chưa đối chiếu nguyên văn)");
    }

    /// <summary>
    /// Walks the levels from the highest down: a level meeting its standard qualifies; time short of a level's standard
    /// (or held above every level with a standard) is added to the next lower level; a level below every standard ends
    /// the walk (Decree 152/2025 Art. 9.3).
    /// </summary>
    private static RuleOutcome LeadershipTime(PersonFacts facts, IReadOnlyDictionary<PositionLevel, Held> byLevel, IReadOnlyDictionary<PositionLevel, LongServiceStandard> standards)
    {
        var reduced = facts.Gender == Gender.Female && facts.Retirement?.HigherRetirementAge != true;
        var highestStandard = standards.Keys.Max();
        var carried = Held.Zero;
        var steps = new List<string>();
        PositionLevel? qualified = null;
        LongServiceStandard? met = null;
        foreach (var level in Enum.GetValues<PositionLevel>().Where(Position.IsLeadershipLevel).OrderByDescending(l => l))
        {
            var total = (byLevel.TryGetValue(level, out var own) ? own : Held.Zero) + carried;
            if (standards.TryGetValue(level, out var standard))
            {
                var required = RequiredMonths(standard.Years, reduced);
                var withCarry = carried.IsZero ? string.Empty : $" (incl. {Describe(carried)} carried from higher positions)";
                if (total.Months >= required)
                {
                    steps.Add($"{Describe(level)}: {Describe(total)}{withCarry} ≥ {Describe(new Held(required, 0))}");
                    qualified = level;
                    met = standard;
                    break;
                }

                if (!total.IsZero)
                {
                    steps.Add($"{Describe(level)}: {Describe(total)}{withCarry} < {Describe(new Held(required, 0))}, shortfall added to the next lower position");
                }

                carried = total;
            }
            else if (level > highestStandard)
            {
                if (!total.IsZero)
                {
                    steps.Add($"{Describe(level)}: {Describe(total)} (no standard at this level; counted at the next lower position)");
                }

                carried = total;
            }
            else
            {
                break;
            }
        }

        var reduction = facts.Gender == Gender.Female
            ? reduced
                ? $" Woman leader: the required time is reduced by one third ({WomenLeadersBasis})."
                : $" Woman leader whose retirement age is set higher: the general time applies ({WomenLeadersBasis})."
            : string.Empty;
        var nextClass = met?.NextClassYears is { } next && byLevel.TryGetValue(qualified!.Value, out var atLevel) && atLevel.Months >= next * MonthsPerYear
            ? $" The time at {Describe(qualified.Value)} reaches {next} years, the range of a higher class (not codified here)."
            : string.Empty;
        var detail = $"Highest position on each day: {string.Join("; ", steps.DefaultIfEmpty("no time at a level the standard lists"))}.{reduction}{nextClass}";
        var basis = $"{standards[highestStandard].LegalBasis}; {LongServiceBasis}.3" + (facts.Gender == Gender.Female ? $"; {WomenLeadersBasis}" : string.Empty);
        return new RuleOutcome("long_service.leadership_time", qualified is not null, detail, basis);
    }

    private static int RequiredMonths(int years, bool reducedByOneThird) =>
        reducedByOneThird ? years * MonthsPerYear * 2 / 3 : years * MonthsPerYear;

    /// <summary>Time per level, counting each day once at the highest position held that day (Decree 152/2025 Art. 9.3).</summary>
    private static Dictionary<PositionLevel, Held> HighestLevelByDay(IReadOnlyList<PositionFact> leadership)
    {
        var result = new Dictionary<PositionLevel, Held>();
        var start = leadership.Min(p => p.From);
        var end = leadership.Max(p => p.To!.Value);
        PositionLevel? runLevel = null;
        var runStart = start;
        for (var day = start; ; day = day.AddDays(1))
        {
            var level = day <= end ? leadership.Where(p => p.From <= day && p.To >= day).Select(p => (PositionLevel?)p.Level).Max() : null;
            if (level != runLevel || day > end)
            {
                if (runLevel is { } finished)
                {
                    result[finished] = (result.TryGetValue(finished, out var held) ? held : Held.Zero) + Held.Between(runStart, day);
                }

                runLevel = level;
                runStart = day;
            }

            if (day > end)
            {
                return result;
            }
        }
    }

    private static int WorkingDays(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days++;
            }
        }

        return days;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Period(DateOnly from, DateOnly? to) =>
        $"{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}–{to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}";

    private static string Describe(LeaveKind kind) => kind switch
    {
        LeaveKind.Maternity => "maternity",
        LeaveKind.Sickness => "sick",
        LeaveKind.DutyInjury => "dutyInjury treatment",
        LeaveKind.Study => "study",
        _ => "unpaid",
    };

    private static string Describe(PositionLevel level) => level switch
    {
        PositionLevel.SubUnitDeputy => "deputy head of a department or office (phó trưởng khoa, phòng)",
        PositionLevel.SubUnitHead => "head of a department or office (trưởng khoa, phòng)",
        PositionLevel.UnitDeputy => "deputy head of a unit under the Sở",
        PositionLevel.UnitHead => "head of a unit under the Sở",
        PositionLevel.DepartmentDeputy => "deputy director of the Sở",
        PositionLevel.DepartmentHead => "director of the Sở",
        PositionLevel.ProvinceDeputy => "vice-chair of the provincial People's Committee",
        PositionLevel.ProvinceHead => "chair of the provincial People's Committee",
        _ => "no leadership position",
    };

    private static string Describe(Held held) =>
        $"{held.Months / MonthsPerYear} y {held.Months % MonthsPerYear} m" + (held.Days > 0 ? $" {held.Days} d" : string.Empty);

    /// <summary>A time held, in calendar months and leftover days (every 30 leftover days make a month).</summary>
    private readonly record struct Held(int Months, int Days)
    {
        public static readonly Held Zero = new(0, 0);

        public bool IsZero => Months == 0 && Days == 0;

        /// <summary>From <paramref name="from"/> up to, not including, <paramref name="until"/>: whole calendar months, then days.</summary>
        public static Held Between(DateOnly from, DateOnly until)
        {
            var months = ((until.Year - from.Year) * MonthsPerYear) + until.Month - from.Month;
            if (from.AddMonths(months) > until)
            {
                months--;
            }

            return new Held(months, until.DayNumber - from.AddMonths(months).DayNumber);
        }

        /// <summary>Adds two times; leftover days are turned into months only when separate periods are added up.</summary>
        public static Held operator +(Held a, Held b)
        {
            if (a.IsZero || b.IsZero)
            {
                return a.IsZero ? b : a;
            }

            var days = a.Days + b.Days;
            return new Held(a.Months + b.Months + (days / DaysPerMonth), days % DaysPerMonth);
        }
    }
}
