using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Domain.Nominations;

/// <summary>
/// The council's vote on a line: members, those present, yes votes in the meeting, written yes votes of absent members,
/// and whether the threshold was reached.
/// </summary>
public sealed record CouncilVote(int Members, int Present, int Yes, int WrittenYes, bool Passed);

/// <summary>The step of the procedure at which a nominee's holds were checked again (R4).</summary>
public enum HoldCheckStep
{
    /// <summary>Opening the council's review (xét duyệt của Hội đồng).</summary>
    CouncilReview = 1,

    /// <summary>The council's vote on the line.</summary>
    Vote = 2,

    /// <summary>The decision, on its date.</summary>
    Decision = 3,
}

/// <summary>
/// A hold (R4) found on a nominee after submission: the step and date of the check, what was found and its legal basis
/// (Nghị định 152/2025/NĐ-CP, Điều 4.4). While it lasts the line is not voted on and not awarded.
/// </summary>
public sealed record LineHold(HoldCheckStep Step, DateOnly CheckedOn, string Facts, string LegalBasis);

/// <summary>One proposal in a dossier: a nominee, an award type, an achievement summary and evidence.</summary>
public sealed class NominationLine
{
    public const int SummaryMaxLength = 4000;
    public const int JustificationMaxLength = 2000;

    private NominationLine()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>
    /// The line's number (số thứ tự, STT) in the dossier's list: 1, 2, … in the order the lines were proposed, with no
    /// gaps. While the dossier can still be edited, removing a line moves the lines after it up by one, as in the list
    /// the unit submits; from submission on the numbers are fixed. The decision's list of recipients, the award records
    /// and the certificate register follow this order.
    /// </summary>
    public int Number { get; private set; }

    public string AwardTypeCode { get; private set; } = null!;

    public RecipientKind RecipientKind { get; private set; }

    public PersonId? PersonId { get; private set; }

    /// <summary>The nominated unit, or the nominated person's unit.</summary>
    public UnitId UnitId { get; private set; }

    public string NomineeName { get; private set; } = null!;

    public string AchievementSummary { get; private set; } = null!;

    public IReadOnlyList<string> Evidence { get; private set; } = [];

    /// <summary>The initiatives the proposal declares as its basis (may be empty: the engine then chooses unused ones).</summary>
    public IReadOnlyList<Guid> BasisInitiativeIds { get; private set; } = [];

    /// <summary>The initiatives an award from this line uses up (R9): those declared, else those eligibility relied on.</summary>
    public IReadOnlyList<Guid> EffectiveBasis => BasisInitiativeIds.Count > 0 ? BasisInitiativeIds : Eligibility?.BasisInitiativeIds ?? [];

    /// <summary>Why the line is proposed although it fails eligibility; the failures stay visible.</summary>
    public string? Justification { get; private set; }

    /// <summary>The eligibility evaluated at submission, under the dossier's rule set.</summary>
    public EligibilityResult? Eligibility { get; private set; }

    public CouncilVote? Vote { get; private set; }

    /// <summary>The nominee's achievement report (báo cáo thành tích; Decree 152/2025/NĐ-CP, Form 05), stored in ThiDua (ADR 0029).</summary>
    public DocumentReference? AchievementReport { get; private set; }

    /// <summary>The minutes of the council session that voted on the line (biên bản họp Hội đồng), stored in ThiDua (ADR 0029).</summary>
    public DocumentReference? CouncilMinutes { get; private set; }

    /// <summary>The award recorded from the decision, for a line that passed.</summary>
    public AwardRecordId? AwardId { get; private set; }

    /// <summary>The bonus the award pays (coefficient × base salary on the decision date, rounded up to 10,000 VND).</summary>
    public long? BonusVnd { get; private set; }

    /// <summary>The hold found at the latest check after submission (council review, vote, decision); null when clear.</summary>
    public LineHold? Hold { get; private set; }

    public bool IsHeld => Hold is not null;

    public bool FailsEligibility => Eligibility is { IsEligible: false };

    internal static NominationLine Create(
        int number, AwardType type, PersonId? personId, UnitId unitId, string nomineeName, string summary, IReadOnlyList<string> evidence, IReadOnlyList<Guid> basis, string? justification) =>
        new()
        {
            Id = EntityIds.New(),
            Number = number,
            AwardTypeCode = type.Code,
            RecipientKind = type.RecipientKind,
            PersonId = personId,
            UnitId = unitId,
            NomineeName = Text.Clean(nomineeName),
            AchievementSummary = Text.Clean(summary),
            Evidence = evidence.Select(Text.Clean).ToList(),
            BasisInitiativeIds = basis.Distinct().ToList(),
            Justification = Text.CleanOptional(justification),
        };

    /// <summary>Moves the line up by one when a line before it is removed from the dossier.</summary>
    internal void MoveUp() => Number--;

    internal void Justify(string? justification) => Justification = Text.CleanOptional(justification);

    internal void Evaluated(EligibilityResult result) => Eligibility = result;

    internal void Voted(CouncilVote vote) => Vote = vote;

    internal void Reported(DocumentReference report) => AchievementReport = report;

    internal void Minuted(DocumentReference minutes) => CouncilMinutes = minutes;

    internal void Awarded(AwardRecordId awardId, long bonusVnd)
    {
        AwardId = awardId;
        BonusVnd = bonusVnd;
    }

    /// <summary>Records the outcome of the hold rule at a step: a failing outcome marks the line held, a passing one clears it.</summary>
    internal void HoldChecked(HoldCheckStep step, DateOnly asOf, RuleOutcome? hold) =>
        Hold = hold is { Passed: false } ? new LineHold(step, asOf, hold.Facts, hold.LegalBasis) : null;
}
