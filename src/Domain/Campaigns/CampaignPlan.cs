using ThiDua.Domain.Units;

namespace ThiDua.Domain.Campaigns;

/// <summary>
/// The launch letter (văn bản phát động): its number and symbol (e.g. <c>1975/SYT-VP</c>), date, signer, recipients
/// (nơi nhận), and the co-launchers that sign with the launching authority (e.g. the sector trade union).
/// </summary>
public sealed record LaunchLetter(
    string Number,
    DateOnly Date,
    string SignerName,
    string SignerTitle,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> CoLaunchers,
    Documents.DocumentId? DocumentId = null);

/// <summary>A phase (đợt thi đua): name, dates, focus and the anniversaries it celebrates.</summary>
public sealed record CampaignPhase(int Number, string Name, DateOnly Start, DateOnly End, string? Focus, IReadOnlyList<string> Commemorations);

/// <summary>A numbered content (nội dung thi đua) such as <c>2.1</c>, with an optional measurable target.</summary>
public sealed record CampaignContent(string Code, string Text, CampaignTarget? Target);

/// <summary>
/// A measurable target of a content: value, unit of measure and direction — at least (e.g. ≥ 95 % vaccination
/// coverage, the default, so that targets stored before the direction existed read as they were meant) or at most
/// (e.g. a hospital infection rate ≤ 5 %).
/// </summary>
public sealed record CampaignTarget(decimal Value, string UnitOfMeasure, TargetDirection Direction = TargetDirection.AtLeast)
{
    /// <summary>Whether a reported value (in the target's unit of measure) reaches the target.</summary>
    public bool IsMetBy(decimal value) => Direction == TargetDirection.AtMost ? value <= Value : value >= Value;
}

/// <summary>Which side of a target's value reaches it.</summary>
public enum TargetDirection
{
    /// <summary>The value must reach the target or exceed it (≥).</summary>
    AtLeast = 1,

    /// <summary>The value must not exceed the target (≤).</summary>
    AtMost = 2,
}

/// <summary>Which units the campaign addresses: every unit under the launching authority, or a list.</summary>
public sealed record CampaignScope(bool AllUnitsUnderAuthority, IReadOnlyList<UnitId> Units);

/// <summary>
/// The content a campaign is drafted with; frozen at launch except that phases may be appended. The registration
/// deadline is optional: a letter such as 1975/SYT-VP (seed 003) sets none, and registrations are then accepted while
/// the campaign is open, until it closes (ADR 0013).
/// </summary>
public sealed record CampaignPlan(
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
    CampaignScope Scope)
{
    public const int TitleMaxLength = 300;
    public const int ThemeMaxLength = 1000;
}
