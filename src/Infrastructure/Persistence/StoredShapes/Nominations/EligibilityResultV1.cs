using ThiDua.Domain.Eligibility;

namespace ThiDua.Infrastructure.Persistence.StoredShapes.Nominations;

/// <summary>
/// The stored shape of a line's eligibility (<c>nomination_lines.eligibility</c>), as the evaluation at submission
/// recorded it. It keeps the fields written before shapes were versioned, the derived ones included
/// (<c>isEligible</c>, <c>failures</c>, <c>failsOnlyJudgements</c>, <c>basisInitiativeIds</c>, each outcome's <c>kind</c>),
/// so stored rows keep one format; reading rebuilds the result from its rules and ignores the derived fields, which the
/// domain computes again. Rows written before outcomes carried evidence or a kind read with none.
/// </summary>
internal sealed record EligibilityResultV1(
    string AwardTypeCode,
    int Year,
    string RuleSet,
    IReadOnlyList<RuleOutcomeV1> Rules,
    bool IsEligible,
    IReadOnlyList<RuleOutcomeV1>? Failures,
    bool FailsOnlyJudgements,
    IReadOnlyList<Guid>? BasisInitiativeIds) : StoredShape
{
    public static EligibilityResultV1 From(EligibilityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(
            result.AwardTypeCode,
            result.Year,
            result.RuleSet,
            result.Rules.Select(RuleOutcomeV1.From).ToList(),
            result.IsEligible,
            result.Failures.Select(RuleOutcomeV1.From).ToList(),
            result.FailsOnlyJudgements,
            result.BasisInitiativeIds);
    }

    public EligibilityResult ToDomain()
    {
        EnsureVersion(1);
        return new(AwardTypeCode, Year, RuleSet, (Rules ?? []).Select(r => r.ToDomain()).ToList());
    }
}

/// <summary>One stored rule outcome; <c>kind</c> is the <see cref="RuleKind"/> number written with it (derived from the rule's code on read).</summary>
internal sealed record RuleOutcomeV1(string Rule, bool Passed, string Facts, string LegalBasis, IReadOnlyList<Guid>? Basis, IReadOnlyList<EvidenceItemV1>? Evidence, int Kind)
{
    public static RuleOutcomeV1 From(RuleOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new(outcome.Rule, outcome.Passed, outcome.Facts, outcome.LegalBasis, outcome.Basis, outcome.Evidence.Select(EvidenceItemV1.Of).ToList(), (int)outcome.Kind);
    }

    public RuleOutcome ToDomain() =>
        new(Rule, Passed, Facts, LegalBasis, Basis) { Evidence = (Evidence ?? []).Select(e => e.ToDomain()).ToList() };
}

/// <summary>One stored evidence item; <c>kind</c> is the <see cref="EvidenceKind"/> number.</summary>
internal sealed record EvidenceItemV1(int Kind, string Subject, string? Value, int? Year, DateOnly? From, DateOnly? To, string? Document)
{
    public static EvidenceItemV1 Of(EvidenceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new((int)item.Kind, item.Subject, item.Value, item.Year, item.From, item.To, item.Document);
    }

    public EvidenceItem ToDomain() => new((EvidenceKind)Kind, Subject, Value, Year, From, To, Document);
}
