using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Api.Http;
using ThiDua.Api.Security;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Covenants;
using ThiDua.Application.Covenants.DraftCovenant;
using ThiDua.Application.Covenants.GetCovenantById;
using ThiDua.Application.Covenants.ListCovenants;
using ThiDua.Application.Covenants.OpenCovenantForScoring;
using ThiDua.Application.Covenants.OpenCovenantForSigning;
using ThiDua.Application.Covenants.ReviseCovenant;
using ThiDua.Application.Covenants.SignCovenant;
using ThiDua.Domain.Covenants;

namespace ThiDua.Api.Endpoints.Covenants;

/// <summary>Emulation covenants (giao ước thi đua): drafting, signing and the scoring lifecycle.</summary>
public sealed class CovenantEndpoints : IEndpointGroup
{
    public static string Resource => "covenants";

    public static string Tag => "Covenants";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("", ListCovenants)
            .WithName(nameof(ListCovenants))
            .WithSummary("List covenants by cluster, year and status")
            .WithDescription("Newest year first; keyset pagination (`limit`, `cursor`); `q` searches titles ignoring case and diacritics.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Read);

        group.MapPost("", DraftCovenant)
            .WithName(nameof(DraftCovenant))
            .WithSummary("Draft the covenant of a cluster for a year")
            .WithDescription("The managing authority's council (or an admin). Codes: `covenant.already_exists` (409), `covenant.no_term_for_year`, `covenant.cluster_not_found`, `covenant.signing_deadline_outside_year` (422).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapGet("{covenantId:guid}", GetCovenant)
            .WithName(nameof(GetCovenant))
            .WithSummary("Get a covenant with its content, signatures and the members yet to sign")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapPut("{covenantId:guid}", ReviseCovenant)
            .WithName(nameof(ReviseCovenant))
            .WithSummary("Revise a draft covenant's content")
            .WithDescription("Only while `draft` (`covenant.not_draft`, 409). Honours `If-Match` (412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        MapTransition(group, "open-for-signing", OpenCovenantForSigning, nameof(OpenCovenantForSigning),
            "Freeze the content and open signing",
            "From `draft`. The criteria must be complete: `covenant.no_criteria`, `covenant.criterion_content_unknown`, `covenant.criteria_total_mismatch` (422, naming the criteria); `covenant.not_draft` (409).");
        MapTransition(group, "open-for-scoring", OpenCovenantForScoring, nameof(OpenCovenantForScoring),
            "Open year-end scoring",
            "From `in-force` (every member has signed); otherwise `covenant.not_in_force` (409).");

        group.MapPost("{covenantId:guid}/signatures", SignCovenant)
            .WithName(nameof(SignCovenant))
            .WithSummary("Sign the covenant for a member unit")
            .WithDescription("A unit officer signs only for their own unit (`auth.other_unit`, 403). When the last current member signs, the covenant is `in-force`. Codes: `covenant.signatory_not_member`, `covenant.signing_deadline_passed` (422); `covenant.already_signed`, `covenant.not_open_for_signing` (409).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);
    }

    public static async Task<Ok<Page<CovenantSummaryDto>>> ListCovenants(
        ISender sender,
        CancellationToken cancellationToken,
        string? q = null,
        Guid? clusterId = null,
        int? year = null,
        string? status = null,
        int limit = PageRequest.DefaultLimit,
        string? cursor = null) =>
        TypedResults.Ok(await sender.Send(
            new ListCovenantsQuery(q, clusterId, year, QueryEnum.Parse<CovenantStatus>(status, nameof(status)), new PageRequest(limit, cursor)),
            cancellationToken));

    public static async Task<Created<CovenantDetailsDto>> DraftCovenant(DraftCovenantRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = await sender.Send(new DraftCovenantCommand(request.ClusterId ?? Guid.Empty, request.Year ?? 0, request.ToInput()), cancellationToken);
        return TypedResults.Created($"/api/v1/covenants/{id}", await ReadAsync(id, context, sender, cancellationToken));
    }

    public static async Task<Results<Ok<CovenantDetailsDto>, StatusCodeHttpResult>> GetCovenant(
        Guid covenantId, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var covenant = await sender.Send(new GetCovenantByIdQuery(covenantId), cancellationToken);
        return ETags.SetAndCheckNotModified(context, covenant.Version)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(covenant);
    }

    public static async Task<Ok<CovenantDetailsDto>> ReviseCovenant(
        Guid covenantId, CovenantContentRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await sender.Send(new ReviseCovenantCommand(covenantId, request.ToInput(), ETags.ExpectedVersion(context.Request)), cancellationToken);
        return TypedResults.Ok(await ReadAsync(covenantId, context, sender, cancellationToken));
    }

    public static async Task<Ok<CovenantDetailsDto>> OpenCovenantForSigning(Guid covenantId, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new OpenCovenantForSigningCommand(covenantId, ETags.ExpectedVersion(context.Request)), cancellationToken);
        return TypedResults.Ok(await ReadAsync(covenantId, context, sender, cancellationToken));
    }

    public static async Task<Ok<CovenantDetailsDto>> OpenCovenantForScoring(Guid covenantId, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new OpenCovenantForScoringCommand(covenantId, ETags.ExpectedVersion(context.Request)), cancellationToken);
        return TypedResults.Ok(await ReadAsync(covenantId, context, sender, cancellationToken));
    }

    public static async Task<Created<CovenantDetailsDto>> SignCovenant(
        Guid covenantId, SignCovenantRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await sender.Send(new SignCovenantCommand(covenantId, request.UnitId ?? Guid.Empty, request.SignatoryName), cancellationToken);
        return TypedResults.Created($"/api/v1/covenants/{covenantId}", await ReadAsync(covenantId, context, sender, cancellationToken));
    }

    private static void MapTransition(
        RouteGroupBuilder group, string action, Delegate handler, string name, string summary, string description) =>
        group.MapPost($"{{covenantId:guid}}/{action}", handler)
            .WithName(name)
            .WithSummary(summary)
            .WithDescription(description + " Honours `If-Match` (412).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

    private static async Task<CovenantDetailsDto> ReadAsync(Guid id, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var covenant = await sender.Send(new GetCovenantByIdQuery(id), cancellationToken);
        ETags.SetAndCheckNotModified(context, covenant.Version);
        return covenant;
    }
}
