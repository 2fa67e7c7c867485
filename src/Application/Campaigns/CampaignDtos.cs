using ThiDua.Application.Common.Documents;
using ThiDua.Application.Units;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Application.Campaigns;

/// <summary>A campaign as lists show it: launched by an authority (<c>launchingAuthority</c>) or by a cluster (<c>launchingCluster</c>).</summary>
public sealed record CampaignSummaryDto(
    Guid Id,
    string Title,
    CampaignKind Kind,
    CampaignStatus Status,
    UnitReferenceDto? LaunchingAuthority,
    string LetterNumber,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    LaunchingClusterDto? LaunchingCluster = null);

/// <summary>
/// The cluster or block that launched a campaign for its members of <c>Year</c>, and the unit heading it that year, which
/// acts for it (null while the post is vacant).
/// </summary>
public sealed record LaunchingClusterDto(Guid Id, string Name, ClusterKind Kind, int Year, UnitReferenceDto? Head);

/// <summary>
/// A campaign with its launch letter, phases, contents and scope. Exactly one of <c>launchingAuthority</c> and
/// <c>launchingCluster</c> is set. For a cluster's campaign, <c>scopeAllUnitsUnderAuthority</c> means every current member
/// of the cluster's term, and <c>scopeUnits</c> lists them (as fixed at launch).
/// </summary>
public sealed record CampaignDetailsDto(
    Guid Id,
    UnitReferenceDto? LaunchingAuthority,
    LaunchingClusterDto? LaunchingCluster,
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
    DateOnly? RegistrationDeadline,
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
