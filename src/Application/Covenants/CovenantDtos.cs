using ThiDua.Domain.Covenants;

namespace ThiDua.Application.Covenants;

/// <summary>A covenant as lists show it.</summary>
public sealed record CovenantSummaryDto(Guid Id, Guid ClusterId, string ClusterName, int Year, string Title, CovenantStatus Status);

/// <summary>A covenant with its content and phases, who has signed and who has yet to sign.</summary>
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
    uint Version);

/// <summary>A member unit's signature.</summary>
public sealed record CovenantSignatureDto(Units.UnitReferenceDto Unit, string? SignatoryName, string SignedBy, DateTimeOffset SignedAt);
