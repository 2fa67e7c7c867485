using ThiDua.Api.OpenApi;
using ThiDua.Application.Nominations.DecideNomination;
using ThiDua.Application.Nominations.SubmitNomination;
using ThiDua.Application.Nominations.DraftNomination;
using ThiDua.Application.Nominations.JustifyNominationLine;
using ThiDua.Application.Nominations.MarkNominationNotAwarded;
using ThiDua.Application.Nominations.ProposeNominee;
using ThiDua.Application.Nominations.RecordCouncilVote;
using ThiDua.Application.Nominations.ReturnNomination;
using ThiDua.Domain.Awards;

namespace ThiDua.Api.Endpoints.Nominations;

/// <summary>A new dossier of a proposing unit.</summary>
[ValidatedAs(typeof(DraftNominationCommand))]
public sealed record DraftNominationRequest
{
    public Guid? ProposingUnitId { get; init; }

    /// <example>2025</example>
    public int? Year { get; init; }

    /// <summary><c>merit</c> (default), <c>thematic</c>, <c>sudden</c>, <c>longService</c>, <c>foreign</c>.</summary>
    public CommendationType? CommendationType { get; init; }

    /// <example>Đề nghị khen thưởng thành tích năm 2025</example>
    public string? Title { get; init; }

    public Guid? CampaignId { get; init; }

    public Guid? CovenantId { get; init; }
}

/// <summary>A line: a person (<c>personId</c>) or a collective (<c>unitId</c>) proposed for an award type.</summary>
[ValidatedAs(typeof(ProposeNomineeCommand))]
public sealed record ProposeNomineeRequest
{
    public Guid? PersonId { get; init; }

    public Guid? UnitId { get; init; }

    /// <example>CSTDCS</example>
    public string? AwardTypeCode { get; init; }

    public string? AchievementSummary { get; init; }

    /// <summary>Evidence: documents, reports, certificates.</summary>
    public IReadOnlyList<string>? Evidence { get; init; }

    /// <summary>Initiatives the proposal rests on; each supports one award only.</summary>
    public IReadOnlyList<Guid>? BasisInitiativeIds { get; init; }

    /// <summary>Why the line is proposed although it may fail eligibility.</summary>
    public string? Justification { get; init; }

    /// <summary>
    /// The achievement report (báo cáo thành tích; Decree 152/2025/NĐ-CP, Form 05): a stored document of type Báo cáo,
    /// by <c>documentId</c> (`document.not_stored`, `document.wrong_type`).
    /// </summary>
    public DocumentRequest? AchievementReport { get; init; }
}

/// <summary>A line's justification.</summary>
[ValidatedAs(typeof(JustifyNominationLineCommand))]
public sealed record JustificationRequest
{
    public string? Justification { get; init; }
}

/// <summary>A reason (return, not awarded).</summary>
[ValidatedAs(typeof(MarkNominationNotAwardedCommand))]
[ValidatedAs(typeof(ReturnNominationCommand))]
public sealed record ReasonRequest
{
    public string? Reason { get; init; }
}

/// <summary>The council's ballot on a line.</summary>
[ValidatedAs(typeof(RecordCouncilVoteCommand))]
public sealed record VoteRequest
{
    /// <example>15</example>
    public int? Members { get; init; }

    /// <example>13</example>
    public int? Present { get; init; }

    /// <summary>Yes votes of the members present.</summary>
    /// <example>12</example>
    public int? Yes { get; init; }

    /// <summary>
    /// Written yes votes (phiếu bằng văn bản) of absent members; they count only where the threshold is over all members
    /// (Nghị định 98/2023/NĐ-CP, Điều 30.7). Defaults to 0.
    /// </summary>
    /// <example>1</example>
    public int? WrittenYes { get; init; }

    /// <summary>The minutes of the council's session (biên bản): a stored document of type Biên bản, by <c>documentId</c>.</summary>
    public DocumentRequest? Minutes { get; init; }
}

/// <summary>
/// The decision: a document stored in ThiDua of type Quyết định (<c>decision.documentId</c>), whose number
/// (<c>N/QĐ-XXX</c>), date, issuing agency and signer it cites. Signer name and title may be left out; given, they must
/// agree with the document's.
/// </summary>
[ValidatedAs(typeof(DecideNominationCommand))]
public sealed record DecideRequest
{
    public DocumentRequest? Decision { get; init; }

    /// <example>Trần Văn An</example>
    public string? SignerName { get; init; }

    /// <example>Chủ tịch</example>
    public string? SignerTitle { get; init; }
}

/// <summary>The dossier's submission (tờ trình): a document stored in ThiDua of type Tờ trình (<c>submission.documentId</c>).</summary>
[ValidatedAs(typeof(SubmitNominationCommand))]
public sealed record SubmitRequest
{
    public DocumentRequest? Submission { get; init; }
}
