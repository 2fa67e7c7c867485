using ThiDua.Application.CampaignRegistrations;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Eligibility.Results;
using ThiDua.Application.Units;
using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Nominations;

namespace ThiDua.Application.Nominations;

/// <summary>
/// The council's vote on a line: members, those present, yes votes in the meeting, written yes votes of absent members,
/// and whether the threshold was reached.
/// </summary>
public sealed record CouncilVote(int Members, int Present, int Yes, int WrittenYes, bool Passed)
{
    public static CouncilVote? From(Domain.Nominations.CouncilVote? vote) =>
        vote is null ? null : new(vote.Members, vote.Present, vote.Yes, vote.WrittenYes, vote.Passed);
}

/// <summary>
/// A hold (R4) found on a nominee after submission: the step and date of the check, what was found and its legal basis
/// (Nghị định 152/2025/NĐ-CP, Điều 4.4). While it lasts the line is not voted on and not awarded.
/// </summary>
public sealed record LineHold(HoldCheckStep Step, DateOnly CheckedOn, string Facts, string LegalBasis)
{
    public static LineHold? From(Domain.Nominations.LineHold? hold) =>
        hold is null ? null : new(hold.Step, hold.CheckedOn, hold.Facts, hold.LegalBasis);
}

/// <summary>A line of a dossier, with its eligibility (from submission), council vote and resulting award.</summary>
/// <param name="Id">The line's identifier.</param>
/// <param name="Number">
/// The line's number (số thứ tự) in the dossier's list: 1, 2, … in the order proposed, with no gaps. Removing a line while
/// the dossier is a draft or returned moves the lines after it up; from submission on the numbers are fixed. Lines are
/// listed in this order, and the decision's awards and certificate register numbers follow it.
/// </param>
/// <param name="AwardType">The title or form proposed (danh hiệu / hình thức khen thưởng).</param>
/// <param name="RecipientKind">A person (cá nhân) or a collective (tập thể).</param>
/// <param name="PersonId">The nominated person, for a person's line.</param>
/// <param name="UnitId">The nominated unit, or the nominated person's unit.</param>
/// <param name="NomineeName">The nominee's name as proposed.</param>
/// <param name="AchievementSummary">The achievements the proposal rests on (tóm tắt thành tích).</param>
/// <param name="Evidence">The evidence listed with the proposal.</param>
/// <param name="BasisInitiativeIds">The initiatives the proposal declares as its basis (may be empty).</param>
/// <param name="Justification">Why the line is proposed although it fails eligibility.</param>
/// <param name="Eligibility">The eligibility evaluated at submission, under the dossier's rule set.</param>
/// <param name="Vote">The council's vote on the line.</param>
/// <param name="Hold">A hold found on the nominee after submission (Decree 152/2025/NĐ-CP, Art. 4.4).</param>
/// <param name="AwardId">The award recorded from the decision, for a line that passed.</param>
/// <param name="BonusVnd">The bonus the award pays, in VND.</param>
/// <param name="AchievementReport">The nominee's achievement report (báo cáo thành tích).</param>
/// <param name="CouncilMinutes">The minutes of the council session that voted on the line.</param>
public sealed record NominationLineDto(
    Guid Id,
    int Number,
    AwardTypeReferenceDto AwardType,
    RecipientKind RecipientKind,
    Guid? PersonId,
    Guid UnitId,
    string NomineeName,
    string AchievementSummary,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<Guid> BasisInitiativeIds,
    string? Justification,
    EligibilityResult? Eligibility,
    CouncilVote? Vote,
    LineHold? Hold,
    Guid? AwardId,
    long? BonusVnd,
    DocumentDto? AchievementReport = null,
    DocumentDto? CouncilMinutes = null)
{
    public const string WithheldFacts = "Withheld: the facts are personal data of the nominee's unit.";

    /// <summary>
    /// The line without the nominee's personal data (issue 15 item 2): every rule's facts and evidence withheld, the outcome
    /// of the rules that read ratings, disciplines, holds, leave or retirement left out (named in <c>eligibility.withheld</c>,
    /// <see cref="EligibilityResult.WithoutPersonalData"/>), and a hold found on the nominee left out: its existence is
    /// itself a disciplinary fact. The other rules keep their outcome and legal basis.
    /// </summary>
    public NominationLineDto WithoutPersonalFacts() => this with
    {
        Eligibility = Eligibility?.WithoutPersonalData(WithheldFacts),
        Hold = null,
    };
}

/// <summary>The decision of a dossier: its document, signer, the number of awards it confers and the bonuses it pays in total.</summary>
public sealed record AwardDecisionDto(DocumentDto Document, string SignerName, string SignerTitle, int Awards, long TotalBonusVnd);

/// <summary>A nomination dossier.</summary>
public sealed record NominationDto(
    Guid Id,
    UnitReferenceDto ProposingUnit,
    int Year,
    CommendationType CommendationType,
    string Title,
    Guid? CampaignId,
    Guid? CovenantId,
    NominationStatus Status,
    string? RuleSet,
    DateTimeOffset? SubmittedAt,
    DocumentDto? Submission,
    string? ReturnReason,
    string? NotAwardedReason,
    AwardDecisionDto? Decision,
    IReadOnlyList<NominationLineDto> Lines,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version);

/// <summary>A dossier as lists show it.</summary>
public sealed record NominationSummaryDto(
    Guid Id, UnitReferenceDto ProposingUnit, int Year, CommendationType CommendationType, string Title, NominationStatus Status, int Lines, string? DecisionNumber);
