using ThiDua.Application.Common.History;
using ThiDua.Domain.Common;
using ThiDua.Domain.Covenants;

namespace ThiDua.Application.Covenants;

/// <summary>A covenant as lists show it.</summary>
public sealed record CovenantSummaryDto(Guid Id, Guid ClusterId, string ClusterName, int Year, string Title, CovenantStatus Status);

/// <summary>
/// A covenant with its content, who has signed and who has yet to sign. <c>RecordedAs</c> is how it is kept (ADR 0014):
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
    IReadOnlyList<HistoricalRecordDto>? History = null);

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
    HistoricalRecordDto? Historical = null);
