using Mediator;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Http;
using ThiDua.Api.Security;
using ThiDua.Application.CampaignRegistrations;
using ThiDua.Application.CampaignRegistrations.ApproveRegistration;
using ThiDua.Application.CampaignRegistrations.GetRegistration;
using ThiDua.Application.CampaignRegistrations.ListRegistrations;
using ThiDua.Application.CampaignRegistrations.RejectRegistration;
using ThiDua.Application.CampaignRegistrations.SubmitRegistration;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Api.Endpoints.CampaignRegistrations;

/// <summary>Registrations (đăng ký thi đua) of units in a campaign: submit, revise, approve, reject, list.</summary>
public sealed class CampaignRegistrationEndpoints : IEndpointGroup
{
    public static string Resource => "campaigns";

    public static string Tag => "Campaign registrations";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("{campaignId:guid}/registrations", ListRegistrations)
            .WithName(nameof(ListRegistrations))
            .Errors(NotFoundErrors.Campaign)
            .WithSummary("List a campaign's registrations by status and target title")
            .WithDescription("In the order they were made; keyset pagination (`limit`, `cursor`). `targetTitle` is an award-type code in any letter case (an unknown code is a 400 that lists the codes); it matches the unit's own target titles and its people's. Besides `items` and `nextCursor`, the response counts, by registration status, the units (`countsByTargetTitle`) and people (`countsByIndividualTargetTitle`) aiming for each award type over every registration the filters match, not only the page — so the Sở sees at a glance who aims for what. The campaign summary (`GET /campaigns/{id}/summary`) has the same counts for all registrations.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapGet("{campaignId:guid}/registrations/{unitId:guid}", GetRegistration)
            .WithName(nameof(GetRegistration))
            .Errors(NotFoundErrors.Campaign, NotFoundErrors.Registration)
            .WithSummary("Get a unit's registration")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapPut("{campaignId:guid}/registrations/{unitId:guid}", SubmitRegistration)
            .WithName(nameof(SubmitRegistration))
            .Errors(AccessGuard.OtherUnit, AccessGuard.OutsideAuthority, NotFoundErrors.Campaign, NotFoundErrors.Unit, RegistrationErrors.DeadlinePassed, RegistrationErrors.UnitOutOfScope, RegistrationErrors.UnitNotActive, RegistrationErrors.UnknownAwardType, RegistrationErrors.TargetTitleNotCollective, RegistrationErrors.IndividualTargetNotIndividual, ProvincialAwardTypeErrors.OtherProvince.Because("another province's own award type"), ProvincialAwardTypeErrors.NotInForce, RegistrationErrors.AlreadyApproved, CampaignErrors.NotLaunched, CampaignErrors.Closed, ConflictException.Concurrency.Because("also when another request registers the unit at the same time"))
            .Errors(HistoryDocs.Errors)
            .WithSummary("Register a unit in a campaign, or revise its registration until it is approved")
            .WithDescription("201 when first registered, 200 when revised (a rejected registration is thereby submitted again); a revision passes the same checks as the first submission. At least one target title (400 without). A unit officer registers only their own unit (`auth.other_unit`, 403); a council, units under its authority (`auth.outside_authority`, 403); in a cluster's campaign the cluster's head unit may also register its members. Without a registration deadline, registrations are accepted until the campaign closes. Honours `If-Match` with the registration's version (412). As history: dated from the launch letter to the end of the period, checked against the registration deadline instead of today; a registration entered as history is revised only as history." + HistoryDocs.Codes)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapPost("{campaignId:guid}/registrations/{unitId:guid}/approve", ApproveRegistration)
            .WithName(nameof(ApproveRegistration))
            .Errors(AccessGuard.RoleNotAllowed, AccessGuard.OutsideAuthority, CampaignAccess.NotClusterHead, CampaignErrors.ClusterHasNoHead, NotFoundErrors.Campaign, NotFoundErrors.Registration, RegistrationErrors.NotAwaitingReview, CampaignErrors.Closed, ConflictException.Concurrency)
            .Errors(HistoryDocs.Errors)
            .WithSummary("Approve a submitted registration (đã duyệt)")
            .WithDescription("The launching authority's council or an admin (`auth.role_not_allowed`, `auth.outside_authority`, 403); for a cluster's campaign, the cluster's head unit (`auth.not_cluster_head`, 403; `campaign.cluster_has_no_head`, 422). `{unitId}` is the registering unit's id. Honours `If-Match` with the registration's version (412). As history (body `{ historical }`): only a registration entered as history, dated from its submission to the end of the period; a live review of a registration entered as history makes it live." + HistoryDocs.Codes)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapPost("{campaignId:guid}/registrations/{unitId:guid}/reject", RejectRegistration)
            .WithName(nameof(RejectRegistration))
            .Errors(AccessGuard.RoleNotAllowed, AccessGuard.OutsideAuthority, CampaignAccess.NotClusterHead, CampaignErrors.ClusterHasNoHead, NotFoundErrors.Campaign, NotFoundErrors.Registration, RegistrationErrors.NotAwaitingReview, CampaignErrors.Closed, ConflictException.Concurrency)
            .Errors(HistoryDocs.Errors)
            .WithSummary("Reject a submitted registration with its reason (từ chối)")
            .WithDescription("The launching authority's council or an admin (`auth.role_not_allowed`, `auth.outside_authority`, 403); for a cluster's campaign, the cluster's head unit (`auth.not_cluster_head`, 403; `campaign.cluster_has_no_head`, 422); the unit may correct and resubmit it before the deadline (if any). `{unitId}` is the registering unit's id. A reason is required (400). Honours `If-Match` with the registration's version (412). As history: only a registration entered as history, dated from its submission to the end of the period; a live review of a registration entered as history makes it live." + HistoryDocs.Codes)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);
    }

    public static async Task<Ok<RegistrationListDto>> ListRegistrations(
        Guid campaignId,
        ISender sender,
        CancellationToken cancellationToken,
        [QueryEnum<RegistrationStatus>] string? status = null,
        string? targetTitle = null,
        int limit = PageRequest.DefaultLimit,
        string? cursor = null) =>
        TypedResults.Ok(await sender.Send(
            new ListRegistrationsQuery(campaignId, QueryEnum.Parse<RegistrationStatus>(status, nameof(status)), targetTitle, new PageRequest(limit, cursor)),
            cancellationToken));

    public static async Task<ContentTagged<RegistrationDto>> GetRegistration(
        Guid campaignId, Guid unitId, ISender sender, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var registration = await sender.Send(new GetRegistrationQuery(campaignId, unitId), cancellationToken);
        return ETags.OkOrNotModifiedByVersionAndContent(registration.Version, registration, json.Value.SerializerOptions);
    }

    public static async Task<Results<Created<RegistrationDto>, Ok<RegistrationDto>>> SubmitRegistration(
        Guid campaignId, Guid unitId, RegistrationRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (registration, created) = await sender.Send(
            new SubmitRegistrationCommand(campaignId, unitId, request.ToInput(), ETags.ExpectedVersion(context.Request), request.Historical?.ToInput()), cancellationToken);
        ETags.TagAnswerWithVersion(context, registration.Version);
        return created
            ? TypedResults.Created($"/api/v1/campaigns/{campaignId}/registrations/{unitId}", registration)
            : TypedResults.Ok(registration);
    }

    public static async Task<Ok<RegistrationDto>> ApproveRegistration(
        Guid campaignId, Guid unitId, TransitionRequest? request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var registration = await sender.Send(
            new ApproveRegistrationCommand(campaignId, unitId, ETags.ExpectedVersion(context.Request), request?.Historical?.ToInput()), cancellationToken);
        return TypedResults.Ok(Answer(registration, context));
    }

    public static async Task<Ok<RegistrationDto>> RejectRegistration(
        Guid campaignId, Guid unitId, RejectRegistrationRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var registration = await sender.Send(
            new RejectRegistrationCommand(campaignId, unitId, request.Reason ?? string.Empty, ETags.ExpectedVersion(context.Request), request.Historical?.ToInput()), cancellationToken);
        return TypedResults.Ok(Answer(registration, context));
    }

    /// <summary>The registration a command wrote, with its version as the ETag.</summary>
    private static RegistrationDto Answer(RegistrationDto registration, HttpContext context)
    {
        ETags.TagAnswerWithVersion(context, registration.Version);
        return registration;
    }
}
