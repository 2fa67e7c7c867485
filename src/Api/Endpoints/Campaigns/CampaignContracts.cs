using ThiDua.Api.OpenApi;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Campaigns.CloseCampaign;
using ThiDua.Application.Campaigns.DraftCampaign;
using ThiDua.Domain.Campaigns;
using ThiDua.Domain.Statistics;

namespace ThiDua.Api.Endpoints.Campaigns;

/// <summary>A campaign's plan: launch letter, theme, period, phases, numbered contents, deadlines and scope.</summary>
[ValidatedAs(typeof(CampaignPlanInput))]
public record CampaignPlanRequest
{
    /// <example>Phong trào thi đua yêu nước năm 2020</example>
    public string? Title { get; init; }

    /// <summary>Chủ đề.</summary>
    /// <example>Cán bộ, công chức, viên chức, lao động ngành y tế Thanh Hóa phấn đấu hoàn thành tốt các mục tiêu, nhiệm vụ trong trạng thái bình thường mới</example>
    public string? Theme { get; init; }

    public string? Slogan { get; init; }

    /// <summary><c>regular</c> (thường xuyên) or <c>thematic</c> (chuyên đề).</summary>
    /// <example>regular</example>
    public CampaignKind? Kind { get; init; }

    /// <example>2020-06-26</example>
    public DateOnly? PeriodStart { get; init; }

    /// <example>2020-12-31</example>
    public DateOnly? PeriodEnd { get; init; }

    /// <summary>The launch letter: number/symbol (e.g. 1975/SYT-VP), date, signer, recipients, co-launchers.</summary>
    public LaunchLetterInput? Letter { get; init; }

    /// <summary>Phases (đợt) in order; they must not overlap and must lie inside the period.</summary>
    public IReadOnlyList<PhaseInput>? Phases { get; init; }

    /// <summary>Numbered contents (2.1, 2.2, ...), with optional measurable targets: value, unit of measure and <c>direction</c>, <c>atLeast</c> (the default) or <c>atMost</c>.</summary>
    public IReadOnlyList<ContentInput>? Contents { get; init; }

    /// <summary>
    /// Last day (in Vietnam) on which units register, inside the period. Optional: a letter that sets none (such as
    /// 1975/SYT-VP) leaves registrations open until the campaign closes.
    /// </summary>
    /// <example>2020-07-31</example>
    public DateOnly? RegistrationDeadline { get; init; }

    public DateOnly? DossierWindowStart { get; init; }

    public DateOnly? DossierWindowEnd { get; init; }

    /// <summary>The units addressed; omit to address every unit under the launching authority.</summary>
    public IReadOnlyList<Guid>? ScopeUnitIds { get; init; }

    /// <summary>
    /// Optional, for statistical form 0601 (ADR 0034): the movement's scope, <c>national</c>, <c>ministryOrLocal</c>,
    /// <c>clusterOrBlock</c> or <c>agency</c>. Left out: a cluster's movement is <c>clusterOrBlock</c>, a provincial
    /// People's Committee's <c>ministryOrLocal</c>, any other <c>agency</c>.
    /// </summary>
    public MovementScope? StatisticsScope { get; init; }

    public CampaignPlanInput ToInput() => new(
        Title ?? string.Empty, Theme ?? string.Empty, Slogan, Kind ?? default, PeriodStart ?? default, PeriodEnd ?? default,
        Letter!, Phases, Contents, RegistrationDeadline, DossierWindowStart, DossierWindowEnd, ScopeUnitIds, StatisticsScope);
}

/// <summary>
/// A new campaign of a launching authority (e.g. a Sở Y tế), or of a cluster or block for its members (give
/// <c>launchingClusterId</c> instead): exactly one launcher.
/// </summary>
[ValidatedAs(typeof(DraftCampaignCommand))]
[ValidatedAs(typeof(CampaignPlanInput))]
public sealed record DraftCampaignRequest : CampaignPlanRequest
{
    /// <summary>The unit whose letter launches the campaign (e.g. a Sở Y tế). Omit when a cluster launches it.</summary>
    public Guid? LaunchingAuthorityId { get; init; }

    /// <summary>
    /// The cluster or block that launches the campaign for the members of its term in the period's year (the period lies
    /// within that year). The unit heading the cluster that year acts for it: that unit's officer, a council over it, or
    /// an admin. Without <c>scopeUnitIds</c> it addresses every current member of the term.
    /// </summary>
    public Guid? LaunchingClusterId { get; init; }
}

/// <summary>The final review (tổng kết) that closes a campaign.</summary>
[ValidatedAs(typeof(CloseCampaignCommand))]
public sealed record CloseCampaignRequest
{
    /// <summary>Date of the review conference.</summary>
    /// <example>2021-01-15</example>
    public DateOnly? Date { get; init; }

    /// <summary>The document recording the review (report or decision).</summary>
    public DocumentRequest? Document { get; init; }

    /// <example>Tổng kết phong trào thi đua yêu nước năm 2020 ngành y tế Thanh Hóa: 100% đơn vị hưởng ứng, đăng ký thi đua.</example>
    public string? Summary { get; init; }
}
