using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Http;
using ThiDua.Api.Security;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Campaigns.AppendCampaignPhase;
using ThiDua.Application.Campaigns.CloseCampaign;
using ThiDua.Application.Campaigns.DraftCampaign;
using ThiDua.Application.Campaigns.GetCampaignById;
using ThiDua.Application.Campaigns.GetCampaignOverview;
using ThiDua.Application.Campaigns.LaunchCampaign;
using ThiDua.Application.Campaigns.ListCampaigns;
using ThiDua.Application.Campaigns.ReviseCampaign;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Api.Endpoints.Campaigns;

/// <summary>Emulation campaigns (phong trào thi đua): drafting from the launch letter, launch, phases.</summary>
public sealed class CampaignEndpoints : IEndpointGroup
{
    public static string Resource => "campaigns";

    public static string Tag => "Campaigns";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("", ListCampaigns)
            .WithName(nameof(ListCampaigns))
            .WithSummary("List campaigns by launching authority or cluster, kind and status")
            .WithDescription("Newest first; keyset pagination (`limit`, `cursor`); `q` searches title, theme and letter number ignoring case and diacritics.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Read);

        group.MapPost("", DraftCampaign)
            .WithName(nameof(DraftCampaign))
            .Errors(CampaignAccess.NotClusterHead, CampaignErrors.PhasesOverlap, CampaignErrors.PhaseOutsidePeriod, CampaignErrors.PeriodInvalid, CampaignErrors.NoContent, CampaignErrors.DuplicateContentCode, CampaignErrors.RegistrationDeadlineOutsidePeriod, CampaignErrors.DossierWindowInvalid, CampaignErrors.ScopeUnitOutsideAuthority, CampaignErrors.LaunchingAuthorityNotFound, CampaignErrors.LaunchingAuthorityNotActive, CampaignErrors.LaunchingClusterNotFound, CampaignErrors.ClusterNoTermForYear, CampaignErrors.ClusterHasNoHead, CampaignErrors.ClusterPeriodOutsideYear, CampaignErrors.ScopeUnitNotClusterMember, AccessGuard.RoleNotAllowed, AccessGuard.OutsideAuthority)
            .WithSummary("Draft a campaign from its launch letter, for an authority or a cluster")
            .WithDescription("An authority's campaign (`launchingAuthorityId`): its council (or an admin). A cluster's campaign (`launchingClusterId`): the unit heading the cluster in the period's year acts for it — its officer, a council over it, or an admin; another unit's officer gets `auth.not_cluster_head` (403). The registration deadline is optional: without one, units register until the campaign closes.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapGet("{campaignId:guid}", GetCampaign)
            .WithName(nameof(GetCampaign))
            .Errors(NotFoundErrors.Campaign)
            .WithSummary("Get a campaign with its letter, phases, contents and scope")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapPut("{campaignId:guid}", ReviseCampaign)
            .WithName(nameof(ReviseCampaign))
            .Errors(NotFoundErrors.Campaign, CampaignErrors.NotDraft, CampaignAccess.NotClusterHead, CampaignErrors.ClusterHasNoHead, CampaignErrors.ClusterPeriodOutsideYear, CampaignErrors.ScopeUnitNotClusterMember, AccessGuard.RoleNotAllowed, AccessGuard.OutsideAuthority)
            .WithSummary("Revise a draft campaign")
            .WithDescription("Only while `draft`: after launch the letter, period and contents are frozen (`campaign.not_draft`, 409). A cluster's campaign stays in its year and is revised by the cluster's head unit (`auth.not_cluster_head`, 403; `campaign.cluster_has_no_head`, `campaign.cluster_period_outside_year`, `campaign.scope_unit_not_cluster_member`, 422). Honours `If-Match` (412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapPost("{campaignId:guid}/launch", LaunchCampaign)
            .WithName(nameof(LaunchCampaign))
            .Errors(NotFoundErrors.Campaign, CampaignErrors.NotDraft, CampaignAccess.NotClusterHead, CampaignErrors.ClusterHasNoHead, CampaignErrors.ScopeUnitNotClusterMember, AccessGuard.RoleNotAllowed, AccessGuard.OutsideAuthority)
            .WithSummary("Launch the campaign (phát động)")
            .WithDescription("From `draft` (`campaign.not_draft`, 409). A cluster's campaign is launched by the cluster's head unit (`auth.not_cluster_head`, 403) and addresses the term's current members as at launch; the cluster must still have a head (`campaign.cluster_has_no_head`, 422) and listed units must still be members (`campaign.scope_unit_not_cluster_member`, 422). Honours `If-Match` (412).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapPost("{campaignId:guid}/phases", AppendCampaignPhase)
            .WithName(nameof(AppendCampaignPhase))
            .Errors(NotFoundErrors.Campaign, CampaignErrors.NotLaunched, CampaignErrors.PhaseNotAfterLast, CampaignErrors.PhaseOutsidePeriod, CampaignErrors.PhasesOverlap, AccessGuard.RoleNotAllowed, AccessGuard.OutsideAuthority, CampaignAccess.NotClusterHead, CampaignErrors.ClusterHasNoHead, CampaignErrors.Closed)
            .WithSummary("Append a phase after the last one of a launched campaign")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapPost("{campaignId:guid}/close", CloseCampaign)
            .WithName(nameof(CloseCampaign))
            .Errors(CampaignErrors.Closed, CampaignErrors.RegistrationsAwaitingReview, CampaignErrors.ReviewBeforeLaunch, CampaignErrors.ReviewBeforeLastPhase, CampaignErrors.ReviewInFuture, CampaignErrors.NotLaunched, ConflictException.Concurrency, NotFoundErrors.Campaign, AccessGuard.RoleNotAllowed, AccessGuard.OutsideAuthority, CampaignAccess.NotClusterHead, CampaignErrors.ClusterHasNoHead)
            .WithSummary("Close the campaign with its final review (tổng kết)")
            .WithDescription("Records the review's date, document and summary; afterwards no registration or report changes (`campaign.closed`, 409). Every registration must be approved or rejected first. The review is dated between the launch letter and today, and not before the last phase starts (it may precede the last phase's end). Only the launching authority's council or an admin (`auth.role_not_allowed`, `auth.outside_authority`, 403); for a cluster's campaign, the cluster's head unit (`auth.not_cluster_head`, 403; `campaign.cluster_has_no_head`, 422). Honours `If-Match` (412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapGet("{campaignId:guid}/summary", GetCampaignSummary)
            .WithName(nameof(GetCampaignSummary))
            .Errors(NotFoundErrors.Campaign)
            .WithSummary("Campaign summary: registrations by status and target title, reports per period, indicator totals")
            .WithDescription("Counts registrations (and the addressed units that have not registered), how many units and people aim for each award type, the emulation models, and per period reported on (`phase-N`, `final`) the units that reported and each indicator added up. Every content with a measurable target has one row per period, named after the content and present even when no unit reported on it (totals 0), with its `target`, `targetDirection` (`atLeast` or `atMost`) and how many units reached it; other indicators are grouped by content, name and unit of measure. Cacheable: `ETag` (from the content) / `If-None-Match` → 304.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);
    }

    public static async Task<Ok<CampaignDetailsDto>> CloseCampaign(
        Guid campaignId, CloseCampaignRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var campaign = await sender.Send(
            new CloseCampaignCommand(
                campaignId, request.Date ?? default, request.Document?.ToInput()!, request.Summary ?? string.Empty, ETags.ExpectedVersion(context.Request)),
            cancellationToken);
        return TypedResults.Ok(Answer(campaign, context));
    }

    public static async Task<ContentTagged<CampaignOverviewDto>> GetCampaignSummary(
        Guid campaignId, HttpContext context, ISender sender, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ETags.OkOrNotModifiedByContent(await sender.Send(new GetCampaignOverviewQuery(campaignId), cancellationToken), json.Value.SerializerOptions);
    }

    public static async Task<Ok<Page<CampaignSummaryDto>>> ListCampaigns(
        ISender sender,
        CancellationToken cancellationToken,
        string? q = null,
        Guid? launchingAuthorityId = null,
        [QueryEnum<CampaignKind>] string? kind = null,
        [QueryEnum<CampaignStatus>] string? status = null,
        int limit = PageRequest.DefaultLimit,
        string? cursor = null,
        Guid? launchingClusterId = null) =>
        TypedResults.Ok(await sender.Send(
            new ListCampaignsQuery(
                q, launchingAuthorityId, QueryEnum.Parse<CampaignKind>(kind, nameof(kind)), QueryEnum.Parse<CampaignStatus>(status, nameof(status)),
                new PageRequest(limit, cursor), launchingClusterId),
            cancellationToken));

    public static async Task<Created<CampaignDetailsDto>> DraftCampaign(DraftCampaignRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var campaign = await sender.Send(
            new DraftCampaignCommand(request.LaunchingAuthorityId ?? Guid.Empty, request.ToInput(), request.LaunchingClusterId), cancellationToken);
        return TypedResults.Created($"/api/v1/campaigns/{campaign.Id}", Answer(campaign, context));
    }

    public static async Task<ContentTagged<CampaignDetailsDto>> GetCampaign(
        Guid campaignId, ISender sender, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var campaign = await sender.Send(new GetCampaignByIdQuery(campaignId), cancellationToken);
        return ETags.OkOrNotModifiedByVersionAndContent(campaign.Version, campaign, json.Value.SerializerOptions);
    }

    public static async Task<Ok<CampaignDetailsDto>> ReviseCampaign(
        Guid campaignId, CampaignPlanRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var campaign = await sender.Send(new ReviseCampaignCommand(campaignId, request.ToInput(), ETags.ExpectedVersion(context.Request)), cancellationToken);
        return TypedResults.Ok(Answer(campaign, context));
    }

    public static async Task<Ok<CampaignDetailsDto>> LaunchCampaign(Guid campaignId, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var campaign = await sender.Send(new LaunchCampaignCommand(campaignId, ETags.ExpectedVersion(context.Request)), cancellationToken);
        return TypedResults.Ok(Answer(campaign, context));
    }

    public static async Task<Created<CampaignDetailsDto>> AppendCampaignPhase(
        Guid campaignId, PhaseInput phase, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var campaign = await sender.Send(new AppendCampaignPhaseCommand(campaignId, phase, ETags.ExpectedVersion(context.Request)), cancellationToken);
        return TypedResults.Created($"/api/v1/campaigns/{campaignId}", Answer(campaign, context));
    }

    /// <summary>The campaign a command wrote, with its version as the ETag.</summary>
    private static CampaignDetailsDto Answer(CampaignDetailsDto campaign, HttpContext context)
    {
        ETags.TagAnswerWithVersion(context, campaign.Version);
        return campaign;
    }
}
