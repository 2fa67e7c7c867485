using ThiDua.Api.OpenApi;
using ThiDua.Application.Covenants;
using ThiDua.Application.Covenants.DraftCovenant;
using ThiDua.Application.Covenants.RecordAssessment;
using ThiDua.Application.Covenants.SignCovenant;
using ThiDua.Domain.Covenants;

namespace ThiDua.Api.Endpoints.Covenants;

/// <summary>
/// The content of a covenant: numbered contents, criteria with their scale, bonus and penalty rules, the programme's
/// phases.
/// </summary>
[ValidatedAs(typeof(CovenantTermsInput))]
public record CovenantContentRequest
{
    /// <example>Giao ước thi đua năm 2023 của Cụm thi đua số I</example>
    public string? Title { get; init; }

    /// <summary>Scale maximum (thang điểm), e.g. 100 or 1000. Criteria points must add up to it when the covenant is opened for signing.</summary>
    /// <example>100</example>
    public decimal? ScaleMax { get; init; }

    /// <summary>Last day on which members may sign (within the covenant's year).</summary>
    /// <example>2023-03-31</example>
    public DateOnly? SigningDeadline { get; init; }

    /// <summary>Numbered contents (nội dung thi đua).</summary>
    public IReadOnlyList<CovenantContentInput>? Contents { get; init; }

    /// <summary>Criteria (tiêu chí): code, content number, description, max points, optional weight, gate flag.</summary>
    public IReadOnlyList<CovenantCriterionInput>? Criteria { get; init; }

    /// <summary>Bonus rules (điểm thưởng), each with a cap.</summary>
    public IReadOnlyList<CovenantRuleInput>? BonusRules { get; init; }

    /// <summary>Penalty rules (điểm trừ), each with a cap.</summary>
    public IReadOnlyList<CovenantRuleInput>? PenaltyRules { get; init; }

    /// <summary>
    /// How equal totals are ordered, in order: <c>fewerPenaltyPoints</c>, <c>higherWomenShare</c>. Omit for the
    /// default (both, in that order); an empty list leaves equal totals tied.
    /// </summary>
    public IReadOnlyList<TieBreaker>? TieBreakers { get; init; }

    /// <summary>
    /// The programme's phases (đợt) in the order they run: name, start, end, optional theme (chủ đề), focus and
    /// commemorations. Each lies inside the covenant's year and starts after the previous one ends; gaps between phases
    /// are allowed. Omit or send an empty list for a covenant without phases. Frozen with the rest once opened for signing.
    /// </summary>
    public IReadOnlyList<CovenantPhaseInput>? Phases { get; init; }

    public CovenantTermsInput ToInput() =>
        new(Title ?? string.Empty, ScaleMax ?? 0, SigningDeadline ?? default, Contents, Criteria, BonusRules, PenaltyRules, TieBreakers, Phases);
}

/// <summary>A new covenant of a cluster for a year.</summary>
[ValidatedAs(typeof(DraftCovenantCommand))]
[ValidatedAs(typeof(CovenantTermsInput))]
public sealed record DraftCovenantRequest : CovenantContentRequest
{
    public Guid? ClusterId { get; init; }

    /// <example>2023</example>
    public int? Year { get; init; }
}

/// <summary>A member unit signing the covenant.</summary>
[ValidatedAs(typeof(SignCovenantCommand))]
public sealed record SignCovenantRequest
{
    public Guid? UnitId { get; init; }

    /// <summary>Name and title of the person who signed for the unit.</summary>
    /// <example>PGS.TS Nguyễn Duy Ánh, Giám đốc</example>
    public string? SignatoryName { get; init; }

    /// <summary>Historical record mode: the real date of the signature and the signed covenant it is entered from.</summary>
    public HistoricalRequest? Historical { get; init; }

    /// <summary>The signed covenant (bản giao ước đã ký), a stored document by <c>documentId</c> (`document.not_stored`).</summary>
    public DocumentRequest? Document { get; init; }
}

/// <summary>
/// One assessor's scores of a unit. Every item is a code with its points; items left out are not scored by this
/// assessor. A revision needs a <c>reason</c>; a verified score differing from the self-assessment needs a <c>note</c>.
/// </summary>
[ValidatedAs(typeof(RecordAssessmentCommand))]
public sealed record RecordAssessmentRequest
{
    /// <summary>For <c>assessor=peer</c>: the member unit that scores.</summary>
    public Guid? PeerUnitId { get; init; }

    /// <summary>Points per criterion code, each between 0 and the criterion's maximum.</summary>
    public IReadOnlyList<ScoreInput>? Criteria { get; init; }

    /// <summary>Bonus points per bonus-rule code, each within the rule's cap.</summary>
    public IReadOnlyList<ScoreInput>? Bonuses { get; init; }

    /// <summary>Penalty points per penalty-rule code, each within the rule's cap.</summary>
    public IReadOnlyList<ScoreInput>? Penalties { get; init; }

    /// <example>Đối chiếu biên bản kiểm tra ngày 15/12</example>
    public string? Note { get; init; }

    /// <summary>Why recorded scores change (required when revising).</summary>
    /// <example>Bổ sung minh chứng sáng kiến được công nhận</example>
    public string? Reason { get; init; }

    /// <summary>In a self-assessment only: the unit's staff, for the women-share tie-breaker.</summary>
    public StaffInput? Staff { get; init; }

    /// <summary>Historical record mode: the real date of the scores and the document they are entered from.</summary>
    public HistoricalRequest? Historical { get; init; }
}
