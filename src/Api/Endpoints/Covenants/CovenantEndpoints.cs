using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Http;
using ThiDua.Api.Security;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Covenants;
using ThiDua.Application.Covenants.DraftCovenant;
using ThiDua.Application.Covenants.ExportCovenantRanking;
using ThiDua.Application.Covenants.FinalizeCovenant;
using ThiDua.Application.Covenants.GetCovenantById;
using ThiDua.Application.Covenants.GetCovenantRanking;
using ThiDua.Application.Covenants.GetUnitAssessments;
using ThiDua.Application.Covenants.ListCovenants;
using ThiDua.Application.Covenants.OpenCovenantForScoring;
using ThiDua.Application.Covenants.OpenCovenantForSigning;
using ThiDua.Application.Covenants.RecordAssessment;
using ThiDua.Application.Covenants.ReviseCovenant;
using ThiDua.Application.Covenants.SignCovenant;
using ThiDua.Domain.CovenantAssessments;
using ThiDua.Domain.Covenants;
using ThiDua.Domain.Documents;

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
            .Errors(CovenantErrors.AlreadyExists, CovenantErrors.NoTermForYear, CovenantErrors.ClusterNotFound, CovenantErrors.DeadlineOutsideYear, CovenantErrors.PhaseEndsBeforeStart, CovenantErrors.PhaseOutsideYear, CovenantErrors.PhasesOutOfOrder, CovenantErrors.PhasesOverlap)
            .WithSummary("Draft the covenant of a cluster for a year")
            .WithDescription("The managing authority's council (or an admin). Phases (`phases`) are stored in the order given and must lie inside the year without overlapping (gaps allowed). Unknown properties are refused (400, `request.unknown_field`), so phases are never dropped.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapGet("{covenantId:guid}", GetCovenant)
            .WithName(nameof(GetCovenant))
            .Errors(NotFoundErrors.Covenant)
            .WithSummary("Get a covenant with its content, signatures and the members yet to sign")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapPut("{covenantId:guid}", ReviseCovenant)
            .WithName(nameof(ReviseCovenant))
            .Errors(NotFoundErrors.Covenant, CovenantErrors.NotDraft, CovenantErrors.PhaseEndsBeforeStart, CovenantErrors.PhaseOutsideYear, CovenantErrors.PhasesOutOfOrder, CovenantErrors.PhasesOverlap, CovenantErrors.DeadlineOutsideYear)
            .WithSummary("Revise a draft covenant's content")
            .WithDescription("Replaces the whole content, phases included; only while `draft` (`covenant.not_draft`, 409): once opened for signing, the contents, criteria and phases are what members sign. Unknown properties are refused (400, `request.unknown_field`), so phases are never dropped. Phase codes: `covenant.phase_ends_before_start`, `covenant.phase_outside_year`, `covenant.phases_out_of_order`, `covenant.phases_overlap` (422); also `covenant.signing_deadline_outside_year` (422). Honours `If-Match` (412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        Transition(group.MapPost("{covenantId:guid}/open-for-signing", OpenCovenantForSigning), nameof(OpenCovenantForSigning),
            "Freeze the content and open signing",
            "From `draft`. The criteria must be complete: `covenant.no_criteria`, `covenant.criterion_content_unknown`, `covenant.criteria_total_mismatch` (422, naming the criteria); `covenant.not_draft` (409). Opened as history (body `{ historical }`, dated in the covenant's year or the year before), the covenant is kept as history: its signatures, scores and finalization are entered as history too, until a live act makes it live; history never follows live."
                + HistoryDocs.Codes).Errors(NotFoundErrors.Covenant, CovenantErrors.NoCriteria, CovenantErrors.CriterionContentUnknown, CovenantErrors.CriteriaTotalMismatch, CovenantErrors.NotDraft).Errors(HistoryDocs.Errors);
        Transition(group.MapPost("{covenantId:guid}/open-for-scoring", OpenCovenantForScoring), nameof(OpenCovenantForScoring),
            "Open year-end scoring",
            "From `inForce` (every member has signed); otherwise `covenant.not_in_force` (409). As history (body `{ historical }`): dated in the covenant's year or the next, not before its signatures. Opened live, the covenant is live from then on."
                + HistoryDocs.Codes).Errors(NotFoundErrors.Covenant, CovenantErrors.NotInForce).Errors(HistoryDocs.Errors);

        Transition(group.MapPost("{covenantId:guid}/finalize", FinalizeCovenant), nameof(FinalizeCovenant),
            "Finalize scoring and record the leading unit(s)",
            "From `scoring` (`covenant.not_scoring`, 409). Scores become read-only; the ranking's first unit(s) passing every gate are recorded for the flag proposal. As history (body `{ historical }`, e.g. the year-end review conference): dated in the covenant's year or the next, not before scoring opened nor before any score."
                + " With `scoreboardDecision`, the document recording the results (a stored document, `document.not_stored`)." + HistoryDocs.Codes)
            .Errors(NotFoundErrors.Covenant, CovenantErrors.NotScoring, AssessmentErrors.VerificationNoteRequired, DocumentErrors.NotStored).Errors(HistoryDocs.Errors);

        group.MapPut("{covenantId:guid}/assessments/{unitId:guid}", RecordAssessment)
            .WithName(nameof(RecordAssessment))
            .Errors(NotFoundErrors.Covenant, AssessmentErrors.ScoreOutOfRange, AssessmentErrors.UnknownCriterion, AssessmentErrors.AdjustmentOverCap, AssessmentErrors.PeerScoresItself, AssessmentErrors.VerificationNoteRequired, AssessmentErrors.ChangeReasonRequired, AssessmentErrors.AssessedNotSignatory, CovenantErrors.NotScoring, AssessmentErrors.Finalized, ConflictException.Concurrency, AccessGuard.OtherUnit, AccessGuard.OutsideAuthority, AssessmentErrors.PeerNotSignatory, AssessmentErrors.StaffOnlyInSelfAssessment, AssessmentErrors.UnknownAdjustmentRule)
            .Errors(HistoryDocs.Errors)
            .WithSummary("Record or revise one assessor's scores of a unit (`assessor=self|peer|verified`)")
            .WithDescription("201 when first recorded, 200 when revised; every changed item is kept with who, when, old and new value and reason. `self`: the unit itself; `peer`: another member unit (`peerUnitId`); `verified`: the unit heading the term, the council or an admin. Honours `If-Match` with the assessment's version (412). Scores follow the covenant's mode: as history while its scoring was entered as history (live scores then get `history.record_is_historical`), live once it is live (`history.record_is_live`); a historical score is dated in the covenant's year or the next, not before scoring opened." + HistoryDocs.Codes)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapGet("{covenantId:guid}/assessments/{unitId:guid}", GetUnitAssessments)
            .WithName(nameof(GetUnitAssessments))
            .Errors(NotFoundErrors.Covenant, NotFoundErrors.CovenantAssessment)
            .WithSummary("Every assessment of a unit with its change history")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapGet("{covenantId:guid}/ranking", GetCovenantRanking)
            .WithName(nameof(GetCovenantRanking))
            .Errors(NotFoundErrors.Covenant)
            .WithSummary("The scoreboard: final scores, totals, gates, ranks and the leading unit(s)")
            .WithDescription("Final score per criterion: verified, else the mean of peer scores, else self. Units failing a gate rank after all others; ties share a rank unless a tie-breaker separates them; `orderedBy` names the rule that placed each unit after the one above. Cacheable: `ETag` / `If-None-Match` → 304.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapGet("{covenantId:guid}/ranking.xlsx", ExportCovenantRanking)
            .WithName(nameof(ExportCovenantRanking))
            .Errors(NotFoundErrors.Covenant)
            .WithSummary("The scoreboard as a spreadsheet (.xlsx) for printing")
            .WithDescription("One sheet: title with cluster and year, then one row per unit with per-criterion final scores, bonus, penalty, total, rank and gate status.")
            .Produces(StatusCodes.Status200OK, contentType: RankingSpreadsheet.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapPost("{covenantId:guid}/signatures", SignCovenant)
            .WithName(nameof(SignCovenant))
            .Errors(NotFoundErrors.Covenant, AccessGuard.OtherUnit, CovenantErrors.SignatoryNotMember, CovenantErrors.SigningDeadlinePassed, CovenantErrors.AlreadySigned, CovenantErrors.NotOpenForSigning, DocumentErrors.NotStored)
            .Errors(HistoryDocs.Errors)
            .WithSummary("Sign the covenant for a member unit")
            .WithDescription("A unit officer signs only for their own unit (`auth.other_unit`, 403). When the last current member signs, the covenant is `inForce`. As history: the signature's real date is checked against the signing deadline, in the covenant's year or the year before, not before the covenant was opened for signing. A live signature on a covenant opened as history makes it live." + HistoryDocs.Codes)
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
        [QueryEnum<CovenantStatus>] string? status = null,
        int limit = PageRequest.DefaultLimit,
        string? cursor = null) =>
        TypedResults.Ok(await sender.Send(
            new ListCovenantsQuery(q, clusterId, year, QueryEnum.Parse<CovenantStatus>(status, nameof(status)), new PageRequest(limit, cursor)),
            cancellationToken));

    public static async Task<Created<CovenantDetailsDto>> DraftCovenant(DraftCovenantRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var covenant = await sender.Send(new DraftCovenantCommand(request.ClusterId ?? Guid.Empty, request.Year ?? 0, request.ToInput()), cancellationToken);
        return TypedResults.Created($"/api/v1/covenants/{covenant.Id}", WithETag(covenant, context));
    }

    public static async Task<ContentTagged<CovenantDetailsDto>> GetCovenant(
        Guid covenantId, ISender sender, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var covenant = await sender.Send(new GetCovenantByIdQuery(covenantId), cancellationToken);
        return ETags.OkOrNotModifiedByVersionAndContent(covenant.Version, covenant, json.Value.SerializerOptions);
    }

    public static async Task<Ok<CovenantDetailsDto>> ReviseCovenant(
        Guid covenantId, CovenantContentRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var covenant = await sender.Send(new ReviseCovenantCommand(covenantId, request.ToInput(), ETags.ExpectedVersion(context.Request)), cancellationToken);
        return TypedResults.Ok(WithETag(covenant, context));
    }

    public static async Task<Ok<CovenantDetailsDto>> OpenCovenantForSigning(
        Guid covenantId, TransitionRequest? request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var covenant = await sender.Send(new OpenCovenantForSigningCommand(covenantId, ETags.ExpectedVersion(context.Request), request?.Historical?.ToInput()), cancellationToken);
        return TypedResults.Ok(WithETag(covenant, context));
    }

    public static async Task<Ok<CovenantDetailsDto>> OpenCovenantForScoring(
        Guid covenantId, TransitionRequest? request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var covenant = await sender.Send(new OpenCovenantForScoringCommand(covenantId, ETags.ExpectedVersion(context.Request), request?.Historical?.ToInput()), cancellationToken);
        return TypedResults.Ok(WithETag(covenant, context));
    }

    public static async Task<FileContentHttpResult> ExportCovenantRanking(Guid covenantId, ISender sender, CancellationToken cancellationToken)
    {
        var file = await sender.Send(new ExportCovenantRankingQuery(covenantId), cancellationToken);
        return TypedResults.File(file.Content, RankingSpreadsheet.ContentType, file.FileName);
    }

    public static async Task<Created<CovenantDetailsDto>> SignCovenant(
        Guid covenantId, SignCovenantRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var covenant = await sender.Send(new SignCovenantCommand(covenantId, request.UnitId ?? Guid.Empty, request.SignatoryName, request.Historical?.ToInput(), request.Document?.ToInput()), cancellationToken);
        return TypedResults.Created($"/api/v1/covenants/{covenantId}", WithETag(covenant, context));
    }

    public static async Task<Ok<CovenantDetailsDto>> FinalizeCovenant(
        Guid covenantId, FinalizeCovenantRequest? request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var covenant = await sender.Send(
            new FinalizeCovenantCommand(covenantId, ETags.ExpectedVersion(context.Request), request?.Historical?.ToInput(), request?.ScoreboardDecision?.ToInput()), cancellationToken);
        return TypedResults.Ok(WithETag(covenant, context));
    }

    public static async Task<Results<Created<UnitAssessmentsDto>, Ok<UnitAssessmentsDto>>> RecordAssessment(
        Guid covenantId,
        Guid unitId,
        RecordAssessmentRequest request,
        HttpContext context,
        ISender sender,
        CancellationToken cancellationToken,
        [QueryEnum<AssessorKind>] string? assessor = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kind = QueryEnum.Parse<AssessorKind>(assessor, nameof(assessor))
            ?? throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure(nameof(assessor), new ThiDua.Domain.Common.LocalizedText("Nêu bên chấm điểm: assessor=self, peer hoặc verified.", "Say who scores: assessor=self, peer or verified.").Current)]);
        var (result, created) = await sender.Send(
            new RecordAssessmentCommand(
                covenantId, unitId, kind, request.PeerUnitId, request.Criteria, request.Bonuses, request.Penalties,
                request.Note, request.Reason, request.Staff, ETags.ExpectedVersion(context.Request), request.Historical?.ToInput()),
            cancellationToken);
        return created
            ? TypedResults.Created($"/api/v1/covenants/{covenantId}/assessments/{unitId}", result)
            : TypedResults.Ok(result);
    }

    public static async Task<Ok<UnitAssessmentsDto>> GetUnitAssessments(Guid covenantId, Guid unitId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetUnitAssessmentsQuery(covenantId, unitId), cancellationToken));

    public static async Task<ContentTagged<CovenantRankingDto>> GetCovenantRanking(
        Guid covenantId, HttpContext context, ISender sender, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ETags.OkOrNotModifiedByContent(await sender.Send(new GetCovenantRankingQuery(covenantId), cancellationToken), json.Value.SerializerOptions);
    }

    /// <summary>What every covenant transition declares (mapped at the call site, so that its delegate is generated at build time).</summary>
    private static RouteHandlerBuilder Transition(RouteHandlerBuilder endpoint, string name, string summary, string description) =>
        endpoint
            .WithName(name)
            .Errors(AccessGuard.OutsideAuthority)
            .WithSummary(summary)
            .WithDescription(description + " Honours `If-Match` (412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

    /// <summary>The written covenant's version becomes the response's <c>ETag</c>, as a GET would answer.</summary>
    private static CovenantDetailsDto WithETag(CovenantDetailsDto covenant, HttpContext context)
    {
        ETags.TagAnswerWithVersion(context, covenant.Version);
        return covenant;
    }
}
