using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.People;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Domain.Eligibility.Rules;

/// <summary>
/// Long service (quá trình cống hiến, Law 06/2022 Art. 8) is rewarded with a commendation form: an emulation title asked
/// for on this route fails here, and the other long-service rules do not apply.
/// </summary>
public sealed class LongServiceCommendationFormRule() : EligibilityRule<PersonEvaluation>("long_service.commendation_form", LegalTexts.Law("Điều 8"))
{
    public override bool AppliesTo(PersonEvaluation evaluation) => LongServiceRoute.AsksForATitle(evaluation);

    public override RuleOutcome Evaluate(PersonEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return Outcome(
            false,
            $"{evaluation.AwardType!.Name} is an emulation title, conferred for the achievements of a year or a movement, not for long service; long service is rewarded with a commendation form.",
            null);
    }
}

/// <summary>R14 (Decree 152/2025 Art. 9.2): proposed when retirement is notified or decided, by the evaluation date.</summary>
public sealed class RetirementNotifiedRule() : EligibilityRule<PersonEvaluation>("long_service.retirement_notified", new LegalReference(LegalTexts.Decree152, "Điều 9.2"))
{
    public override bool AppliesTo(PersonEvaluation evaluation) => !LongServiceRoute.AsksForATitle(evaluation);

    public override RuleOutcome Evaluate(PersonEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var (retirement, asOf) = (evaluation.Facts.Retirement, evaluation.AsOf);
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
                : $"{what} is dated {retirement.NotifiedOn:yyyy-MM-dd}, after {asOf:yyyy-MM-dd}: retirement was not yet notified or decided then.";
        return Outcome(notified, detail, retirement is null ? null : [Evidence.Retirement(retirement)]);
    }
}

/// <summary>Long service is for those who held a leadership or management position (Law 06/2022 Art. 8), counted after any earlier long-service award (Decree 152/2025 Art. 9.2).</summary>
public sealed class LeadershipHeldRule() : EligibilityRule<PersonEvaluation>(
    "long_service.leadership_held", LegalTexts.Law("Điều 8 (khen thưởng quá trình cống hiến: giữ chức vụ lãnh đạo, quản lý)"))
{
    public override bool AppliesTo(PersonEvaluation evaluation) => !LongServiceRoute.AsksForATitle(evaluation);

    public override RuleOutcome Evaluate(PersonEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var record = evaluation.Leadership;
        var afterAward = record.LastLongServiceAward is { } year ? $" after the long-service award of {year} (Art. 9.2: only the later period counts)" : string.Empty;
        var evidence = record.Periods.Select(Evidence.Position).ToList();
        evidence.AddRange(evaluation.Facts.Awards.Where(a => a.CommendationType == CommendationType.LongService && !a.IsRevoked).Select(Evidence.Award));
        return Outcome(
            record.Periods.Count > 0,
            record.Periods.Count > 0
                ? $"Leadership or management positions{afterAward}: {string.Join("; ", record.Periods.Select(p => $"{p.Title} ({LeadershipRecord.Describe(p.Level)}) {Periods.Format(p.From, p.To)}"))}."
                : $"No leadership or management position recorded{afterAward}; long-service awards are for those who held one.",
            evidence);
    }
}

/// <summary>R14 (Decree 152/2025 Art. 9): no long-service award for a person disciplined during the leadership period counted.</summary>
public sealed class NoDisciplineInLeadershipRule() : EligibilityRule<PersonEvaluation>(
    "long_service.no_discipline_in_leadership",
    new LegalReference(LegalTexts.Decree152, "Điều 9 (không khen thưởng cá nhân bị kỷ luật trong thời gian giữ chức vụ lãnh đạo, quản lý; khoản chưa đối chiếu nguyên văn)"))
{
    public override bool AppliesTo(PersonEvaluation evaluation) => LongServiceRoute.HasLeadership(evaluation);

    public override RuleOutcome Evaluate(PersonEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var record = evaluation.Leadership;
        var inside = DisciplineHistory.DuringPeriods(evaluation.Facts.Disciplines, record.Periods, evaluation.AsOf);
        var detail = inside.Count == 0
            ? "No discipline during the leadership period."
            : $"Disciplined during the leadership period: {string.Join(", ", inside.Select(d => $"{d.Kind.ToString().ToLowerInvariant()} {Periods.Format(d.From, d.To)} ({d.LegalBasis.Number})"))}; no long-service award is given.";
        return Outcome(inside.Count == 0, detail, inside.Select(Evidence.Discipline));
    }
}

/// <summary>
/// Where no time-in-position standard of the award is codified for the evaluation date, the council appraises the time
/// held (Decree 152/2025 Art. 9; the award's own article).
/// </summary>
public sealed class LongServiceAppraisedByCouncilRule() : EligibilityRule<PersonEvaluation>("criteria.appraised_by_council", LegalTexts.LongService)
{
    public override bool AppliesTo(PersonEvaluation evaluation) =>
        LongServiceRoute.HasLeadership(evaluation) && LongServiceStandards.For(evaluation.AwardTypeCode, evaluation.AsOf).Count == 0;

    public override RuleOutcome Evaluate(PersonEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var record = evaluation.Leadership;
        var award = AwardCatalogue.Find(evaluation.AwardTypeCode);
        return Outcome(
            true,
            $"{award?.Name ?? evaluation.AwardTypeCode}: no codified time-in-position standard for long service on {evaluation.AsOf:yyyy-MM-dd}; the council appraises the time held (highest position on overlapping days: {record.Summary}).",
            record.Periods.Select(Evidence.Position),
            $"{LegalTexts.LongService}; {award?.LegalBasis ?? "—"}");
    }
}

/// <summary>
/// The positions held are all below those the award's standard lists: whether they are equivalent (tương đương) is for
/// the appraising body (Decree 152/2025 Art. 21 names positions "và tương đương").
/// </summary>
public sealed class PositionEquivalenceRule() : EligibilityRule<PersonEvaluation>("long_service.position_equivalence", new LegalReference(LegalTexts.Decree152, "Điều 21"))
{
    public override bool AppliesTo(PersonEvaluation evaluation)
    {
        if (!LongServiceRoute.HasLeadership(evaluation))
        {
            return false;
        }

        var standards = LongServiceStandards.For(evaluation.AwardTypeCode, evaluation.AsOf);
        return standards.Count > 0 && evaluation.Leadership.ByLevel.Keys.All(l => l < standards.Keys.Min());
    }

    public override RuleOutcome Evaluate(PersonEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var standards = LongServiceStandards.For(evaluation.AwardTypeCode, evaluation.AsOf);
        var record = evaluation.Leadership;
        return Outcome(
            false,
            $"Positions held ({record.Summary}) are not among those the standard lists ({string.Join(", ", standards.Keys.OrderByDescending(l => l).Select(LeadershipRecord.Describe))}); whether they are equivalent (tương đương) is for the appraising body.",
            record.Periods.Select(Evidence.Position),
            standards[standards.Keys.Min()].LegalBasis);
    }
}

/// <summary>
/// R7, R14 (Decree 152/2025 Art. 9.3, 21, 4.7): the time in positions meets the award's standard — highest position on
/// overlapping days, shortfall added to the next lower position, one third less for women leaders.
/// </summary>
public sealed class LeadershipTimeRule() : EligibilityRule<PersonEvaluation>("long_service.leadership_time", new LegalReference(LegalTexts.Decree152, "Điều 9.3, Điều 21 và Điều 4.7 (R7, R14)"))
{
    public override bool AppliesTo(PersonEvaluation evaluation)
    {
        if (!LongServiceRoute.HasLeadership(evaluation))
        {
            return false;
        }

        var standards = LongServiceStandards.For(evaluation.AwardTypeCode, evaluation.AsOf);
        return standards.Count > 0 && evaluation.Leadership.ByLevel.Keys.Any(l => l >= standards.Keys.Min());
    }

    public override RuleOutcome Evaluate(PersonEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var facts = evaluation.Facts;
        var standards = LongServiceStandards.For(evaluation.AwardTypeCode, evaluation.AsOf);
        var record = LeadershipRecord.Of(facts, evaluation.AsOf);
        var walk = LeadershipRecord.Walk(record.ByLevel, standards, LeadershipRecord.ReducedForWomanLeader(facts));
        var reduction = facts.Gender == Gender.Female
            ? walk.Reduced
                ? $" Woman leader: the required time is reduced by one third ({LegalTexts.WomenLeaders})."
                : $" Woman leader whose retirement age is set higher: the general time applies ({LegalTexts.WomenLeaders})."
            : string.Empty;
        var nextClass = walk.Met?.NextClassYears is { } next && record.ByLevel.TryGetValue(walk.Qualified!.Value, out var atLevel) && atLevel.Months >= next * HeldTime.MonthsPerYear
            ? $" The time at {LeadershipRecord.Describe(walk.Qualified.Value)} reaches {next} years, the range of a higher class (not codified here)."
            : string.Empty;
        var detail = $"Highest position on each day: {string.Join("; ", walk.Steps.DefaultIfEmpty("no time at a level the standard lists"))}.{reduction}{nextClass}";
        var basis = $"{standards[standards.Keys.Max()].LegalBasis}; {LegalTexts.LongService}.3" + (facts.Gender == Gender.Female ? $"; {LegalTexts.WomenLeaders}" : string.Empty);
        return Outcome(walk.Qualified is not null, detail, record.Periods.Select(Evidence.Position), basis);
    }
}

/// <summary>When the long-service rules apply, read from the evaluation.</summary>
internal static class LongServiceRoute
{
    /// <summary>An emulation title asked for on the long-service route.</summary>
    public static bool AsksForATitle(PersonEvaluation evaluation) =>
        AwardCatalogue.Find(evaluation.AwardTypeCode)?.Category == AwardCategory.EmulationTitle;

    /// <summary>A commendation form asked for, by a person with a leadership period to count.</summary>
    public static bool HasLeadership(PersonEvaluation evaluation) =>
        !AsksForATitle(evaluation) && evaluation.Leadership.Periods.Count > 0;
}
