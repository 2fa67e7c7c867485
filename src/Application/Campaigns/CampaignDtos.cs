using ThiDua.Application.Common.Documents;
using ThiDua.Application.Units;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Application.Campaigns;

/// <summary>A campaign as lists show it.</summary>
public sealed record CampaignSummaryDto(
    Guid Id, string Title, CampaignKind Kind, CampaignStatus Status, UnitReferenceDto LaunchingAuthority, string LetterNumber, DateOnly PeriodStart, DateOnly PeriodEnd);

/// <summary>A campaign with its launch letter, phases, contents and scope.</summary>
public sealed record CampaignDetailsDto(
    Guid Id,
    UnitReferenceDto LaunchingAuthority,
    CampaignStatus Status,
    string Title,
    string Theme,
    string? Slogan,
    CampaignKind Kind,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    LaunchLetter Letter,
    IReadOnlyList<CampaignPhase> Phases,
    IReadOnlyList<CampaignContent> Contents,
    DateOnly RegistrationDeadline,
    DateOnly? DossierWindowStart,
    DateOnly? DossierWindowEnd,
    bool ScopeAllUnitsUnderAuthority,
    IReadOnlyList<UnitReferenceDto> ScopeUnits,
    DateTimeOffset? LaunchedAt,
    FinalReviewDto? FinalReview,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version);

/// <summary>The final review that closed the campaign.</summary>
public sealed record FinalReviewDto(DateOnly Date, DocumentDto Document, string Summary, DateTimeOffset ClosedAt);
