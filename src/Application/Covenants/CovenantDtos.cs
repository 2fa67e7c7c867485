using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.History;
using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants;

namespace ThiDua.Application.Covenants;

/// <summary>A covenant as lists show it.</summary>
public sealed record CovenantSummaryDto(Guid Id, Guid ClusterId, string ClusterName, int Year, string Title, CovenantStatus Status);

/// <summary>
/// A covenant with its content and phases, who has signed and who has yet to sign. <c>RecordedAs</c> is how it is kept (ADR 0014):
/// null while a draft, <c>history</c> while its acts were entered from past documents, <c>live</c> once an act was taken
/// live; <c>History</c> lists its own acts entered as history (opened for signing, opened for scoring, finalized).
/// </summary>
public sealed record CovenantDetailsDto(
    Guid Id,
    Guid ClusterId,
    string ClusterName,
    int Year,
    string Title,
    CovenantStatus Status,
    decimal ScaleMax,
    DateOnly SigningDeadline,
    IReadOnlyList<CovenantPhase> Phases,
    IReadOnlyList<CovenantContent> Contents,
    IReadOnlyList<CovenantCriterion> Criteria,
    IReadOnlyList<CovenantAdjustmentRule> BonusRules,
    IReadOnlyList<CovenantAdjustmentRule> PenaltyRules,
    IReadOnlyList<CovenantSignatureDto> Signatures,
    IReadOnlyList<Units.UnitReferenceDto> AwaitingSignature,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version,
    RecordingMode? RecordedAs = null,
    IReadOnlyList<HistoricalRecordDto>? History = null,
    DocumentDto? ScoreboardDecision = null);

/// <summary>
/// A member unit's signature. <c>SignedOn</c> is the date the unit signed; <c>SignedAt</c> when it was recorded here. A
/// signature entered as history carries <c>Historical</c> (its real date, source document, who entered it and when).
/// </summary>
public sealed record CovenantSignatureDto(
    Units.UnitReferenceDto Unit,
    string? SignatoryName,
    string SignedBy,
    DateTimeOffset SignedAt,
    DateOnly SignedOn = default,
    HistoricalRecordDto? Historical = null,
    DocumentDto? Document = null);

/// <summary>A numbered content of the covenant (nội dung thi đua), e.g. the 10 contents of Cụm thi đua số I in 2023.</summary>
public sealed record CovenantContent(int Number, string Title)
{
    public static CovenantContent From(Domain.Covenants.CovenantContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new(content.Number, content.Title);
    }
}

/// <summary>
/// A scoring criterion (tiêu chí) under a content: its maximum points (thang điểm), an optional weight, and whether it is
/// a gate that must be passed (e.g. "no serious violation"). No law fixes the scale: everything is configured per covenant.
/// </summary>
public sealed record CovenantCriterion(string Code, int ContentNumber, string Description, decimal MaxPoints, decimal? Weight, bool IsGate)
{
    public static CovenantCriterion From(Domain.Covenants.CovenantCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return new(criterion.Code, criterion.ContentNumber, criterion.Description, criterion.MaxPoints, criterion.Weight, criterion.IsGate);
    }
}

/// <summary>A bonus (điểm thưởng) or penalty (điểm trừ) rule with the most points it can add or remove.</summary>
public sealed record CovenantAdjustmentRule(string Code, string Description, decimal Cap)
{
    public static CovenantAdjustmentRule From(Domain.Covenants.CovenantAdjustmentRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(rule.Code, rule.Description, rule.Cap);
    }
}

/// <summary>
/// A phase (đợt thi đua) of the programme a cluster commits to in its covenant, numbered in order, with its dates, its
/// theme (chủ đề), its focus and the anniversaries it celebrates. Seed 000: Cụm thi đua số I's 2023 programme has three
/// phases, Đợt I 01/01–30/04 "Mừng Đảng, Mừng xuân, mừng đất nước đổi mới", Đợt II 01/05–31/07, Đợt III 01/08–31/12.
/// </summary>
public sealed record CovenantPhase(int Number, string Name, DateOnly Start, DateOnly End, string? Theme, string? Focus, IReadOnlyList<string> Commemorations)
{
    public static CovenantPhase From(Domain.Covenants.CovenantPhase phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        return new(phase.Number, phase.Name, phase.Start, phase.End, phase.Theme, phase.Focus, phase.Commemorations.ToList());
    }
}
