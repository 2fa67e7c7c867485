using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.Eligibility.Rules;

/// <summary>Legal texts the rules cite, by document and article (domain.md §2.4).</summary>
public static class LegalTexts
{
    public const string Law22 = "Luật 06/2022/QH15";
    public const string Decree152 = "Nghị định 152/2025/NĐ-CP";
    public static readonly LegalReference Hold = new(Decree152, "Điều 4.4 (R4)");
    public static readonly LegalReference NoDuplicate = new(Law22, "Điều 5.2.c (R8)");
    public static readonly LegalReference SuddenThematic = new(Decree152, "Điều 4.3 (R3)");
    public static readonly LegalReference InitiativeOnce = new("Công văn 5007/BNV-TĐKT (2023)", "mục III.5.c (R9)");
    public static readonly LegalReference Dissolved = new("Thông tư 15/2025/TT-BNV (R13)", null);
    public static readonly LegalReference Maternity = new(Decree152, "Điều 4.5 (R5)");
    public static readonly LegalReference LongService = new(Decree152, "Điều 9");
    public static readonly LegalReference WomenLeaders = new(Decree152, "Điều 4.7 (R7)");

    public static LegalReference Law(string article) => new(Law22, article);
}

/// <summary>R4 (Decree 152/2025 Art. 4.4): no hold in force on the evaluation date. Checked again at council review, vote and decision.</summary>
public sealed class NoHoldRule() : EligibilityRule<PersonEvaluation>("hold.none", LegalTexts.Hold)
{
    public static readonly NoHoldRule Instance = new();

    public override RuleOutcome Evaluate(PersonEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return On(evaluation.Facts.Disciplines, evaluation.AsOf);
    }

    /// <summary>The hold outcome for <paramref name="disciplines"/> on <paramref name="asOf"/>.</summary>
    public RuleOutcome On(IEnumerable<Discipline> disciplines, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(disciplines);
        var open = disciplines.Where(d => d.IsHold && d.InForceOn(asOf)).ToList();
        return Outcome(
            open.Count == 0,
            open.Count == 0 ? $"No hold in force on {asOf:yyyy-MM-dd}." : $"A hold is in force since {open[0].From:yyyy-MM-dd}.",
            open.Select(Evidence.Discipline));
    }
}

/// <summary>R8 (Law 06/2022 Art. 5.2.c): the recipient does not already hold the award for the year; one-off awards reward their own achievement.</summary>
public sealed class NotAlreadyHeldRule() : EligibilityRule<EligibilityEvaluation>("award.not_already_held", LegalTexts.NoDuplicate)
{
    public override RuleOutcome Evaluate(EligibilityEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var (code, type, year) = (evaluation.AwardTypeCode, evaluation.CommendationType, evaluation.Year);
        if (CommendationTypes.IsOneOff(type))
        {
            return Outcome(
                true,
                $"A {type.ToString().ToLowerInvariant()} award rewards its own achievement; other {code} awards for {year} do not bar it.",
                null);
        }

        // A predecessor's award (before a merger) is not the recipient's own, and one-off awards reward other achievements.
        var same = AwardHistory.SameAwardOwnAndMerit(evaluation.Awards, code, year);
        return Outcome(
            same.Count == 0,
            same.Count > 0 ? $"Already holds {code} for {year}." : $"Does not hold {code} for {year}.",
            same.Select(Evidence.Award));
    }
}

/// <summary>
/// R12 (domain.md §2.4): where the province's regulation requires it, a unit or person is considered for an emulation
/// title only if an approved registration for emulation of the year names that title. Where it does not, the outcome
/// says so and passes. Commendation forms are not concerned (the rule does not apply).
/// </summary>
public sealed class RegisteredForTitleRule() : EligibilityRule<EligibilityEvaluation>(
    "registration.registered_for_title", new LegalReference("Quy định thi đua, khen thưởng của tỉnh", "điều khoản ghi trong tham số của tỉnh (R12)"))
{
    public override bool AppliesTo(EligibilityEvaluation evaluation) => evaluation?.AwardType is { Category: AwardCategory.EmulationTitle };

    public override RuleOutcome Evaluate(EligibilityEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var awardType = evaluation.AwardType!;
        var ruleSet = evaluation.RuleSet;
        var requirement = ruleSet.EmulationRegistration;
        if (!requirement.Required)
        {
            return Outcome(
                true,
                $"Does not apply: {(ruleSet.Province is null ? "no provincial regulation" : $"{ruleSet.Province}'s regulation in force")} makes registration for emulation a precondition of {awardType.Name}.",
                null,
                requirement.LegalBasis);
        }

        var titles = evaluation.RegisteredTitles;
        var registered = titles?.Contains(evaluation.AwardTypeCode) == true;
        var evidence = (titles ?? []).Order(StringComparer.Ordinal).Select(t => Evidence.Registration(t, true, evaluation.Year)).ToList();
        if (!registered)
        {
            evidence.Add(Evidence.Registration(evaluation.AwardTypeCode, false, evaluation.Year));
        }

        return Outcome(
            registered,
            registered
                ? $"An approved registration for emulation of {evaluation.Year} names {awardType.Name}."
                : $"No approved registration for emulation of {evaluation.Year} names {awardType.Name}"
                    + (titles is { Count: > 0 } ? $" (registered: {string.Join(", ", titles.Order(StringComparer.Ordinal))})." : "."),
            evidence,
            requirement.LegalBasis);
    }
}

/// <summary>R9: each declared basis initiative is the person's and has supported no other award. Applies when a basis is declared.</summary>
public sealed class DeclaredBasisUnusedRule() : EligibilityRule<PersonEvaluation>("initiative.basis_unused", LegalTexts.InitiativeOnce)
{
    public override bool AppliesTo(PersonEvaluation evaluation) => evaluation?.DeclaredBasis is not null;

    public override RuleOutcome Evaluate(PersonEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var declared = evaluation.DeclaredBasis ?? [];
        var known = evaluation.Recorded.Initiatives.Where(i => declared.Contains(i.Id)).ToList();
        var used = known.Where(i => i.AlreadyUsed).Select(i => $"'{i.Title}' ({i.Year})").ToList();
        var unknown = declared.Count - known.Count;
        var detail = used.Count > 0
            ? $"Already the basis of another award: {string.Join(", ", used)}; an initiative supports one award only."
            : unknown > 0
                ? $"{unknown} declared basis initiative(s) are not among the person's recorded initiatives."
                : $"Declared basis not used by any other award: {string.Join(", ", known.Select(i => $"'{i.Title}' ({i.Year})"))}.";
        return Outcome(used.Count == 0 && unknown == 0, detail, known.Select(Evidence.Initiative), initiatives: known.Select(i => i.Id).ToList());
    }
}

/// <summary>R13 (Circular 15/2025/TT-BNV): a unit that no longer exists (merged, dissolved) is not commended.</summary>
public sealed class UnitActiveRule() : EligibilityRule<UnitEvaluation>("unit.active", LegalTexts.Dissolved)
{
    public override RuleOutcome Evaluate(UnitEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var facts = evaluation.Facts;
        var active = facts.Status == UnitStatus.Active;
        return Outcome(
            active,
            active ? $"{facts.Name} is active." : $"{facts.Name} is {facts.Status.ToString().ToLowerInvariant()}; a unit that no longer exists is not commended.",
            [Evidence.UnitStatus(facts.Name, facts.Status)]);
    }
}

/// <summary>
/// An award type or route without computed criteria: the council appraises the achievement. A national type cites its
/// article of the Law, a province's own type the provincial regulation that creates it; a sudden or thematic award cites
/// R3 (it has no prerequisite award).
/// </summary>
public sealed class AppraisedByCouncilRule() : EligibilityRule<EligibilityEvaluation>("criteria.appraised_by_council", LegalTexts.Law("tiêu chuẩn thành tích do Hội đồng xem xét"))
{
    public override RuleOutcome Evaluate(EligibilityEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var (awardType, code, type) = (evaluation.AwardType, evaluation.AwardTypeCode, evaluation.CommendationType);
        var oneOff = type is CommendationType.Sudden or CommendationType.Thematic;
        return Outcome(
            true,
            oneOff
                ? $"A {type.ToString().ToLowerInvariant()} award has no prerequisite award; the achievement is appraised by the council."
                : $"{awardType?.Name ?? code}: no criterion this system computes; the council appraises the achievement.",
            null,
            oneOff
                ? LegalTexts.SuddenThematic.ToString()
                : awardType?.LegalBasis ?? $"{LegalTexts.Law22}, —");
    }
}
