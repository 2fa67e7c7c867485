using ThiDua.Application.Common.Documents;
using ThiDua.Application.Units;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.EmulationClusters;
using ThiDua.Domain.Statistics;

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
    uint Version,
    MovementScope? StatisticsScope = null);

/// <summary>The final review that closed the campaign.</summary>
public sealed record FinalReviewDto(DateOnly Date, DocumentDto Document, string Summary, DateTimeOffset ClosedAt);

/// <summary>
/// The launch letter (văn bản phát động): its number and symbol (e.g. <c>1975/SYT-VP</c>), date, signer, recipients
/// (nơi nhận), the co-launchers that sign with the launching authority (e.g. the sector trade union), and the stored
/// document it is (<c>documentId</c>), when the letter was received as a document (ADR 0029).
/// </summary>
public sealed record LaunchLetter(
    string Number,
    DateOnly Date,
    string SignerName,
    string SignerTitle,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> CoLaunchers,
    Guid? DocumentId)
{
    public static LaunchLetter From(Domain.Campaigns.LaunchLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return new(letter.Number, letter.Date, letter.SignerName, letter.SignerTitle, letter.Recipients, letter.CoLaunchers, letter.DocumentId?.Value);
    }
}

/// <summary>A phase (đợt thi đua): name, dates, focus and the anniversaries it celebrates.</summary>
public sealed record CampaignPhase(int Number, string Name, DateOnly Start, DateOnly End, string? Focus, IReadOnlyList<string> Commemorations)
{
    public static IReadOnlyList<CampaignPhase> From(IEnumerable<Domain.Campaigns.CampaignPhase> phases) =>
        phases.Select(p => new CampaignPhase(p.Number, p.Name, p.Start, p.End, p.Focus, p.Commemorations)).ToList();
}

/// <summary>A numbered content (nội dung thi đua) such as <c>2.1</c>, with an optional measurable target.</summary>
public sealed record CampaignContent(string Code, string Text, CampaignTarget? Target)
{
    public static IReadOnlyList<CampaignContent> From(IEnumerable<Domain.Campaigns.CampaignContent> contents) =>
        contents.Select(c => new CampaignContent(c.Code, c.Text, c.Target is { } t ? new CampaignTarget(t.Value, t.UnitOfMeasure, t.Direction) : null)).ToList();
}

/// <summary>
/// A measurable target of a content: value, unit of measure and direction — at least (e.g. ≥ 95 % vaccination
/// coverage, the default, so that targets stored before the direction existed read as they were meant) or at most
/// (e.g. a hospital infection rate ≤ 5 %).
/// </summary>
public sealed record CampaignTarget(decimal Value, string UnitOfMeasure, TargetDirection Direction = TargetDirection.AtLeast);
