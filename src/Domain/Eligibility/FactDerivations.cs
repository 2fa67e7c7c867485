using System.Globalization;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Domain.Eligibility;

/// <summary>Windows of years the rules read: "n consecutive years ending in the year of achievement".</summary>
public static class EligibilityYears
{
    /// <summary>The <paramref name="count"/> years ending in <paramref name="year"/>, oldest first (none when count is 0 or less).</summary>
    public static IReadOnlyList<int> Ending(int year, int count) => count <= 0 ? [] : Enumerable.Range(year - count + 1, count).ToList();

    /// <summary>"2025", "2024 and 2025", "2023, 2024 and 2025".</summary>
    public static string List(IReadOnlyList<int> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        return years.Count <= 1
            ? string.Join(string.Empty, years)
            : $"{string.Join(", ", years.Take(years.Count - 1))} and {years[^1]}";
    }

    /// <summary>First and last day of <paramref name="year"/>.</summary>
    public static (DateOnly First, DateOnly Last) Span(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}

/// <summary>Reading ratings (xếp loại) by year.</summary>
public static class RatingHistory
{
    /// <summary>The rating of <paramref name="year"/>, or null when none is recorded.</summary>
    public static PerformanceRating? In(IReadOnlyDictionary<int, PerformanceRating> ratings, int year)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        return ratings.TryGetValue(year, out var r) ? r : null;
    }

    /// <summary>Whether every year of <paramref name="years"/> has a rating of at least <paramref name="minimum"/> (false for no years).</summary>
    public static bool EveryYearAtLeast(IReadOnlyDictionary<int, PerformanceRating> ratings, IReadOnlyList<int> years, PerformanceRating minimum)
    {
        ArgumentNullException.ThrowIfNull(years);
        return years.Count > 0 && years.All(y => In(ratings, y) >= minimum);
    }

    /// <summary>"excellent", "good", "completed", "not completed", "not recorded": the words the outcomes' sentences use.</summary>
    public static string Describe(PerformanceRating? rating) => rating switch
    {
        PerformanceRating.Excellent => "excellent",
        PerformanceRating.Good => "good",
        PerformanceRating.Completed => "completed",
        PerformanceRating.NotCompleted => "not completed",
        _ => "not recorded",
    };

    /// <summary>The rating as its camelCase value ("notCompleted"), as evidence shows it.</summary>
    public static string Value(PerformanceRating rating) => rating switch
    {
        PerformanceRating.NotCompleted => "notCompleted",
        _ => rating.ToString().ToLowerInvariant(),
    };
}

/// <summary>Reading disciplines and holds (R4, R14).</summary>
public static class DisciplineHistory
{
    /// <summary>Disciplines (not holds) whose period touches <paramref name="year"/>: from on or before 31/12, to on or after 1/1 or open.</summary>
    public static IReadOnlyList<Discipline> TouchingYear(IEnumerable<Discipline> disciplines, int year)
    {
        ArgumentNullException.ThrowIfNull(disciplines);
        return disciplines.Where(d => !d.IsHold && d.Touches(year)).ToList();
    }

    /// <summary>The most severe discipline (not a hold) touching <paramref name="year"/>, or null.</summary>
    public static DisciplineKind? MostSevereIn(IEnumerable<Discipline> disciplines, int year) =>
        TouchingYear(disciplines, year).Select(d => (DisciplineKind?)d.Kind).Max();

    /// <summary>
    /// Disciplines at <paramref name="minimum"/> or above (never a hold) whose period overlaps <paramref name="from"/> to
    /// <paramref name="to"/> (an open discipline runs on), oldest first.
    /// </summary>
    public static IReadOnlyList<Discipline> AtOrAboveBetween(IEnumerable<Discipline> disciplines, DisciplineKind minimum, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(disciplines);
        return disciplines
            .Where(d => !d.IsHold && d.Kind >= minimum && d.From <= to && (d.To is null || d.To >= from))
            .OrderBy(d => d.From)
            .ToList();
    }

    /// <summary>
    /// Disciplines (not holds) that started by <paramref name="asOf"/> and overlap one of <paramref name="periods"/> (each
    /// with an end); an open discipline runs to <paramref name="asOf"/>. Oldest first.
    /// </summary>
    public static IReadOnlyList<Discipline> DuringPeriods(IEnumerable<Discipline> disciplines, IReadOnlyList<PositionFact> periods, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(disciplines);
        ArgumentNullException.ThrowIfNull(periods);
        return disciplines
            .Where(d => !d.IsHold && d.From <= asOf && periods.Any(p => d.From <= (p.To ?? asOf) && (d.To ?? asOf) >= p.From))
            .OrderBy(d => d.From)
            .ToList();
    }
}

/// <summary>Reading the award history (R3, R8).</summary>
public static class AwardHistory
{
    /// <summary>Whether <paramref name="titleCode"/> is held for <paramref name="year"/> in a way that counts towards merit prerequisites (not revoked, not sudden or thematic, R3).</summary>
    public static bool CountsForMeritIn(IEnumerable<AwardFact> awards, string titleCode, int year)
    {
        ArgumentNullException.ThrowIfNull(awards);
        return awards.Any(a => a.AwardTypeCode == titleCode && a.Year == year && a.CountsForMerit);
    }

    /// <summary>The recipient's own (not a predecessor's), unrevoked, non-one-off awards of <paramref name="code"/> for <paramref name="year"/> (R8).</summary>
    public static IReadOnlyList<AwardFact> SameAwardOwnAndMerit(IEnumerable<AwardFact> awards, string code, int year)
    {
        ArgumentNullException.ThrowIfNull(awards);
        return awards.Where(a => a.AwardTypeCode == code && a.Year == year && !a.IsRevoked && a.IsOwn && !CommendationTypes.IsOneOff(a.CommendationType)).ToList();
    }

    /// <summary>The year of the latest unrevoked long-service award, or null (Decree 152/2025 Art. 9.2: only the later period counts).</summary>
    public static int? LastLongService(IEnumerable<AwardFact> awards)
    {
        ArgumentNullException.ThrowIfNull(awards);
        return awards.Where(a => a.CommendationType == CommendationType.LongService && !a.IsRevoked).Select(a => (int?)a.Year).Max();
    }
}

/// <summary>Counting members of a collective.</summary>
public static class MemberCounts
{
    /// <summary>Members holding Lao động tiên tiến or Chiến sĩ thi đua cơ sở in the year.</summary>
    public static int AdvancedWorkerOrHigher(IEnumerable<MemberFacts> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return members.Count(m => m.HoldsAdvancedWorker || m.HoldsGrassrootsFighter);
    }

    /// <summary>count / total, or 0 for no members.</summary>
    public static decimal Share(int count, int total) => total == 0 ? 0m : (decimal)count / total;
}

/// <summary>Periods as the outcomes write them.</summary>
public static class Periods
{
    /// <summary>"2025-01-01–2025-06-30", or "2025-01-01–…" while open.</summary>
    public static string Format(DateOnly from, DateOnly? to) =>
        $"{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}–{to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}";

    public static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    public static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <summary>A leave period and its working days in the year.</summary>
public sealed record LeaveInYear(LeaveFact Leave, int WorkingDays);

/// <summary>Counting leave in a year (R5).</summary>
public static class LeaveDays
{
    /// <summary>
    /// The leave periods with working days (Monday to Friday; public holidays are not deducted) in <paramref name="year"/>,
    /// oldest first, those with none left out. A leave still open counts up to <paramref name="asOf"/>: its end is not known.
    /// </summary>
    public static IReadOnlyList<LeaveInYear> InYear(IEnumerable<LeaveFact> leaves, int year, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        var (first, last) = EligibilityYears.Span(year);
        return leaves
            .Select(l => new LeaveInYear(l, WorkingDays(Periods.Later(l.From, first), Periods.Earlier(l.To ?? asOf, last))))
            .Where(x => x.WorkingDays > 0)
            .OrderBy(x => x.Leave.From)
            .ToList();
    }

    /// <summary>Monday-to-Friday days from <paramref name="from"/> to <paramref name="to"/> inclusive (0 when to is before from).</summary>
    public static int WorkingDays(DateOnly from, DateOnly to)
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
}

/// <summary>A time held, in calendar months and leftover days (every 30 leftover days make a month when periods are added up).</summary>
public readonly record struct HeldTime(int Months, int Days)
{
    /// <summary>The months of a year, for durations held in calendar months.</summary>
    public const int MonthsPerYear = 12;

    /// <summary>Leftover days of separate periods are added up; every 30 of them count as a month.</summary>
    public const int DaysPerMonth = 30;

    public static readonly HeldTime Zero = new(0, 0);

    public bool IsZero => Months == 0 && Days == 0;

    /// <summary>From <paramref name="from"/> up to, not including, <paramref name="until"/>: whole calendar months, then days.</summary>
    public static HeldTime Between(DateOnly from, DateOnly until)
    {
        var months = ((until.Year - from.Year) * MonthsPerYear) + until.Month - from.Month;
        if (from.AddMonths(months) > until)
        {
            months--;
        }

        return new HeldTime(months, until.DayNumber - from.AddMonths(months).DayNumber);
    }

    /// <summary>Adds two times; leftover days are turned into months only when separate periods are added up.</summary>
    public static HeldTime operator +(HeldTime a, HeldTime b)
    {
        if (a.IsZero || b.IsZero)
        {
            return a.IsZero ? b : a;
        }

        var days = a.Days + b.Days;
        return new HeldTime(a.Months + b.Months + (days / DaysPerMonth), days % DaysPerMonth);
    }

    public HeldTime Add(HeldTime other) => this + other;

    public override string ToString() => $"{Months / MonthsPerYear} y {Months % MonthsPerYear} m" + (Days > 0 ? $" {Days} d" : string.Empty);
}

/// <summary>The walk of the long-service standard from the highest level down (Decree 152/2025 Art. 9.3).</summary>
/// <param name="Qualified">The level whose standard is met, or null.</param>
/// <param name="Met">The standard met, or null.</param>
/// <param name="Reduced">Whether the required times were reduced by one third (R7).</param>
/// <param name="Steps">The steps as the outcome writes them.</param>
public sealed record StandardWalk(PositionLevel? Qualified, LongServiceStandard? Met, bool Reduced, IReadOnlyList<string> Steps);

/// <summary>
/// The leadership periods a long-service award counts (R14, Decree 152/2025 Art. 9): leadership positions, cut at the
/// evaluation date and, after an earlier long-service award, starting the year after it; and the time per level counting
/// each day once at the highest position held that day.
/// </summary>
/// <param name="LastLongServiceAward">The year of the latest long-service award, or null.</param>
/// <param name="Periods">The counted periods, oldest first, each with an end.</param>
/// <param name="ByLevel">Time held per level.</param>
public sealed record LeadershipRecord(int? LastLongServiceAward, IReadOnlyList<PositionFact> Periods, IReadOnlyDictionary<PositionLevel, HeldTime> ByLevel)
{
    /// <summary>"director of the Sở 6 y 0 m, head of a unit under the Sở 3 y 2 m": time per level, highest first.</summary>
    public string Summary => string.Join(", ", ByLevel.OrderByDescending(l => l.Key).Select(l => $"{Describe(l.Key)} {l.Value}"));

    /// <summary>The record of <paramref name="facts"/> on <paramref name="asOf"/>.</summary>
    public static LeadershipRecord Of(PersonFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var lastAward = AwardHistory.LastLongService(facts.Awards);
        var since = lastAward is { } y ? new DateOnly(y + 1, 1, 1) : DateOnly.MinValue;
        var periods = facts.Positions
            .Where(p => p.IsLeadership)
            .Select(p => p with { From = Eligibility.Periods.Later(p.From, since), To = Eligibility.Periods.Earlier(p.To ?? asOf, asOf) })
            .Where(p => p.From <= p.To)
            .OrderBy(p => p.From)
            .ToList();
        return new LeadershipRecord(lastAward, periods, HighestLevelByDay(periods));
    }

    /// <summary>Whether the woman leader's required time is one third less (R7): not when her retirement age is set higher.</summary>
    public static bool ReducedForWomanLeader(PersonFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Gender == Gender.Female && facts.Retirement?.HigherRetirementAge != true;
    }

    /// <summary>Months required for <paramref name="years"/>, one third less when reduced (R7).</summary>
    public static int RequiredMonths(int years, bool reducedByOneThird) =>
        reducedByOneThird ? years * HeldTime.MonthsPerYear * 2 / 3 : years * HeldTime.MonthsPerYear;

    /// <summary>
    /// Walks the levels from the highest down: a level meeting its standard qualifies; time short of a level's standard
    /// (or held above every level with a standard) is added to the next lower level; a level below every standard ends
    /// the walk (Decree 152/2025 Art. 9.3).
    /// </summary>
    public static StandardWalk Walk(IReadOnlyDictionary<PositionLevel, HeldTime> byLevel, IReadOnlyDictionary<PositionLevel, LongServiceStandard> standards, bool reduced)
    {
        ArgumentNullException.ThrowIfNull(byLevel);
        ArgumentNullException.ThrowIfNull(standards);
        var highestStandard = standards.Keys.Max();
        var carried = HeldTime.Zero;
        var steps = new List<string>();
        foreach (var level in Enum.GetValues<PositionLevel>().Where(Position.IsLeadershipLevel).OrderByDescending(l => l))
        {
            var total = (byLevel.TryGetValue(level, out var own) ? own : HeldTime.Zero) + carried;
            if (standards.TryGetValue(level, out var standard))
            {
                var required = RequiredMonths(standard.Years, reduced);
                var withCarry = carried.IsZero ? string.Empty : $" (incl. {carried} carried from higher positions)";
                if (total.Months >= required)
                {
                    steps.Add($"{Describe(level)}: {total}{withCarry} ≥ {new HeldTime(required, 0)}");
                    return new StandardWalk(level, standard, reduced, steps);
                }

                if (!total.IsZero)
                {
                    steps.Add($"{Describe(level)}: {total}{withCarry} < {new HeldTime(required, 0)}, shortfall added to the next lower position");
                }

                carried = total;
            }
            else if (level > highestStandard)
            {
                if (!total.IsZero)
                {
                    steps.Add($"{Describe(level)}: {total} (no standard at this level; counted at the next lower position)");
                }

                carried = total;
            }
            else
            {
                break;
            }
        }

        return new StandardWalk(null, null, reduced, steps);
    }

    /// <summary>Time per level, counting each day once at the highest position held that day (Decree 152/2025 Art. 9.3).</summary>
    public static IReadOnlyDictionary<PositionLevel, HeldTime> HighestLevelByDay(IReadOnlyList<PositionFact> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var result = new Dictionary<PositionLevel, HeldTime>();
        if (periods.Count == 0)
        {
            return result;
        }

        var start = periods.Min(p => p.From);
        var end = periods.Max(p => p.To!.Value);
        PositionLevel? runLevel = null;
        var runStart = start;
        for (var day = start; ; day = day.AddDays(1))
        {
            var level = day <= end ? periods.Where(p => p.From <= day && p.To >= day).Select(p => (PositionLevel?)p.Level).Max() : null;
            if (level != runLevel || day > end)
            {
                if (runLevel is { } finished)
                {
                    result[finished] = (result.TryGetValue(finished, out var held) ? held : HeldTime.Zero) + HeldTime.Between(runStart, day);
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

    /// <summary>The level as the outcomes write it.</summary>
    public static string Describe(PositionLevel level) => level switch
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
}
