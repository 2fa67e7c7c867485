using Mediator;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Api.Endpoints.People;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Http;
using ThiDua.Api.Security;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Eligibility;
using ThiDua.Application.Nominations;
using ThiDua.Application.Nominations.DecideNomination;
using ThiDua.Application.Nominations.DraftNomination;
using ThiDua.Application.Nominations.GetNominationById;
using ThiDua.Application.Nominations.JustifyNominationLine;
using ThiDua.Application.Nominations.ListNominations;
using ThiDua.Application.Nominations.MarkNominationNotAwarded;
using ThiDua.Application.Nominations.OpenCouncilReview;
using ThiDua.Application.Nominations.ProposeNominee;
using ThiDua.Application.Nominations.RecordCouncilVote;
using ThiDua.Application.Nominations.RemoveNominationLine;
using ThiDua.Application.Nominations.ReturnNomination;
using ThiDua.Application.Nominations.RevokeNominationLine;
using ThiDua.Application.Nominations.SubmitNomination;
using ThiDua.Application.Nominations.WithdrawNomination;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Documents;
using ThiDua.Domain.Nominations;

namespace ThiDua.Api.Endpoints.Nominations;

/// <summary>Nomination dossiers (hồ sơ đề nghị khen thưởng): lines, submission with eligibility, council votes, decision.</summary>
public sealed class NominationEndpoints : IEndpointGroup
{
    private const string ByAuthority = "By the receiving authority: an admin, or a council (or integration client) strictly above the proposing unit; no council judges its own unit's dossier (`auth.outside_authority`, 403). ";

    private const string WrongState = "`nomination.wrong_state` (409) when the dossier is not in a state that allows this. Honours `If-Match` (412).";

    public static string Resource => "nominations";

    public static string Tag => "Nominations";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("", ListNominations)
            .WithName(nameof(ListNominations)).WithSummary("List dossiers by proposing unit, year and status, newest first")
            .WithDescription("Only the dossiers the caller may read one by one: every unit's for an admin, those of the units under its authority for a council or an integration client, its own unit's for a unit officer. A `proposingUnitId` the caller may not read is refused as the dossier's read is (`auth.other_unit`, `auth.outside_authority`, 403).")
            .Errors(AccessGuard.OtherUnit, AccessGuard.OutsideAuthority)
            .ProducesValidationProblem().RequireAuthorization(Policies.Read);
        group.MapPost("", DraftNomination)
            .WithName(nameof(DraftNomination)).WithSummary("Open a dossier of a proposing unit")
            .Errors(NotFoundErrors.Unit, AccessGuard.OtherUnit, NominationErrors.ProposingUnitNotActive, NotFoundErrors.Campaign, NotFoundErrors.Covenant, NominationErrors.CovenantOutsideScope, NominationErrors.CampaignOutsideScope)
            .WithDescription("A unit officer opens dossiers only for their own unit (`auth.other_unit`, 403). The covenant and campaign must belong to the proposing unit's scope: the unit, or a unit under it, manages or belongs to the covenant's cluster (`nomination.covenant_outside_scope`, 422); the campaign addresses the unit, or the unit or one under it launched it, manages its cluster or is addressed by it (`nomination.campaign_outside_scope`, 422).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);
        group.MapGet("{nominationId:guid}", GetNomination)
            .WithName(nameof(GetNomination)).WithSummary("Get a dossier with its lines, eligibility, votes and decision")
            .Errors(NotFoundErrors.Nomination, AccessGuard.OtherUnit, AccessGuard.OutsideAuthority)
            .WithDescription("Read by the proposing unit's officer, a council or integration client over it, or an admin (`auth.other_unit`, `auth.outside_authority`, 403). A line's eligibility facts are personal data of the nominee's unit: integration clients, and a unit officer reading another unit's staff, get them withheld; the outcomes of the rules that read ratings, disciplines, holds, leave or retirement are left out and listed in the eligibility's `withheld` (`isEligible` then null), and a hold found on the nominee is left out (other rules keep their outcome and legal basis).")
            .Produces(StatusCodes.Status304NotModified).ProducesProblem(StatusCodes.Status404NotFound).RequireAuthorization(Policies.Read);

        Write(group.MapPost("{nominationId:guid}/lines", ProposeNominee), nameof(ProposeNominee), "Propose a person or a collective for an award type",
            "While draft or returned (`nomination.not_editable`, 409). A unit officer proposes only its own unit and staff (`auth.other_unit`, 403). A province's own award type is accepted for units of that province only (`award_type.other_province`, 422), while it applies (`award_type.not_in_force`, 422).").Errors(NotFoundErrors.Nomination, NominationErrors.NotEditable, AccessGuard.OtherUnit, DocumentErrors.NotStored, DocumentErrors.WrongType, NominationErrors.UnknownAwardType, NominationErrors.RecipientKindMismatch, NominationErrors.DuplicateLine, NominationErrors.NomineeOutsideUnit, AwardErrors.UnknownInitiative, ProvincialAwardTypeErrors.OtherProvince, ProvincialAwardTypeErrors.NotInForce);
        Write(group.MapDelete("{nominationId:guid}/lines/{lineId:guid}", RemoveNominationLine), nameof(RemoveNominationLine), "Remove a line",
            "While draft or returned (`nomination.not_editable`, 409); `nomination.line_not_found` (422).").Errors(NotFoundErrors.Nomination, NominationErrors.NotEditable, NominationErrors.LineNotFound);
        Write(group.MapPut("{nominationId:guid}/lines/{lineId:guid}/justification", JustifyNominationLine), nameof(JustifyNominationLine), "Justify a line that may fail eligibility",
            "While draft or returned (`nomination.not_editable`, 409).").Errors(NotFoundErrors.Nomination, NominationErrors.NotEditable, NominationErrors.LineNotFound);
        Write(group.MapPost("{nominationId:guid}/submit", SubmitNomination), nameof(SubmitNomination), "Submit: evaluate every line under the rule set in force today",
            "From draft or returned, with the dossier's submission (tờ trình), a stored document of type Tờ trình (`nomination.submission_document_required`, `document.unknown`, `document.wrong_type`, 422; Law 06/2022/QH15 Art. 84.1). Each rule outcome has a `kind`: a failed `bar` (`nomination.line_barred`, 422) or legal `precondition` (`nomination.precondition_not_met`, 422, Decree 152/2025 Art. 4.2) is refused whatever the justification; a line failing only the council's `judgement` criteria needs a justification (`nomination.failing_line_unjustified`, 422, naming each failed rule with its facts and legal basis), and with one it is accepted and the failures stay visible. " + WrongState).Errors(NotFoundErrors.Nomination, NominationErrors.SubmissionDocumentRequired, DocumentErrors.Unknown, DocumentErrors.CitationMismatch, DocumentErrors.WrongType, NominationErrors.LineBarred, NominationErrors.PreconditionNotMet, NominationErrors.FailingLineUnjustified, NominationErrors.NoLines, EligibilityErrors.NoRuleSet, NominationErrors.WrongState);
        Write(group.MapPost("{nominationId:guid}/return", ReturnNomination), nameof(ReturnNomination), "Return a submitted dossier with a reason (receiving authority)",
            ByAuthority + WrongState).Errors(NotFoundErrors.Nomination, AccessGuard.OutsideAuthority, NominationErrors.WrongState);
        Write(group.MapPost("{nominationId:guid}/withdraw", WithdrawNomination), nameof(WithdrawNomination), "Withdraw the dossier (draft, submitted or returned)", WrongState).Errors(NotFoundErrors.Nomination, NominationErrors.WrongState);
        Write(group.MapPost("{nominationId:guid}/council-review", OpenCouncilReview), nameof(OpenCouncilReview), "Take a submitted dossier to the council (receiving authority)",
            ByAuthority + "The nominees' holds are checked again (R4): a held line is marked `hold` and cannot be voted on until the hold is lifted; the other lines go on. " + WrongState).Errors(NotFoundErrors.Nomination, AccessGuard.OutsideAuthority, NominationErrors.WrongState);
        Write(group.MapPut("{nominationId:guid}/lines/{lineId:guid}/vote", RecordCouncilVote), nameof(RecordCouncilVote), "Record the council's ballot on a line",
            ByAuthority + "Quorum and threshold come from the dossier's rule set (e.g. ≥ 2/3 present; ≥ 80 % of all members for CSTĐCS and flags, ≥ 90 % for CSTĐ tỉnh, where absent members' written yes votes count). A nominee under a hold today cannot be voted on (`nomination.line_on_hold`, 422). A province may require a share of members present at sessions deciding awards (Bắc Ninh: ≥ 80 %, QĐ 86/2025/QĐ-UBND Điều 8.4.b), read from the parameters in force today of the proposing unit's province (`nomination.attendance_below_minimum`, 422). " + WrongState).Errors(NotFoundErrors.Nomination, AccessGuard.OutsideAuthority, DocumentErrors.NotStored, DocumentErrors.WrongType, NominationErrors.LineOnHold, NominationErrors.AttendanceBelowMinimum, NominationErrors.NoQuorum, NominationErrors.VoteInvalid, NominationErrors.LineNotFound, NominationErrors.WrongState);
        Write(group.MapPost("{nominationId:guid}/decide", DecideNomination), nameof(DecideNomination), "Record the numbered decision; passed lines become awards",
            ByAuthority + "The decision is a stored document of type Quyết định (`nomination.decision_document_required`, `document.unknown`, `document.wrong_type`, 422); its number, date, issuing agency and signer are the document's own, and a number, date or signer given must agree (`document.citation_mismatch`, 422). Numbers are unique per issuing body and year (`nomination.decision_number_taken`, 409). Lines below their threshold are not awarded, nor lines whose nominee is under a hold on the decision's date (R4); when every passed line is held, `nomination.line_on_hold` (422). " + WrongState).Errors(NotFoundErrors.Nomination, AccessGuard.OutsideAuthority, NominationErrors.DecisionDocumentRequired, DocumentErrors.Unknown, DocumentErrors.CitationMismatch, DocumentErrors.WrongType, NominationErrors.DecisionNumberTaken, NominationErrors.LineOnHold, NominationErrors.VotesMissing, NominationErrors.NothingPassed, NominationErrors.DecisionBeforeSubmission, NominationErrors.DecisionInFuture, NominationErrors.NoBaseSalary, AwardErrors.InitiativeAlreadyUsed, AwardErrors.Duplicate, NominationErrors.WrongState);
        Write(group.MapPost("{nominationId:guid}/lines/{lineId:guid}/revoke", RevokeNominationLine), nameof(RevokeNominationLine), "Revoke the award a decided line conferred",
            ByAuthority + "On a legal ground (`fraudulentDeclaration`, `falseDossier`, `unlawfulProcedure`, `laterFindingOfViolation`) by a revocation decision; the award stays in the history, marked revoked.").Errors(NotFoundErrors.Nomination, AccessGuard.OutsideAuthority, NominationErrors.LineNotAwarded, AwardErrors.RevocationBeforeDecision, AwardErrors.AlreadyRevoked);
        Write(group.MapPost("{nominationId:guid}/not-awarded", MarkNominationNotAwarded), nameof(MarkNominationNotAwarded), "Record that the dossier is not awarded, with a reason",
            ByAuthority + WrongState).Errors(NotFoundErrors.Nomination, AccessGuard.OutsideAuthority, NominationErrors.WrongState);
    }

    public static async Task<Ok<Page<NominationSummaryDto>>> ListNominations(
        ISender sender, CancellationToken cancellationToken, Guid? proposingUnitId = null, int? year = null, [QueryEnum<NominationStatus>] string? status = null, int limit = PageRequest.DefaultLimit, string? cursor = null) =>
        TypedResults.Ok(await sender.Send(
            new ListNominationsQuery(proposingUnitId, year, QueryEnum.Parse<NominationStatus>(status, nameof(status)), new PageRequest(limit, cursor)), cancellationToken));

    public static async Task<Created<NominationDto>> DraftNomination(DraftNominationRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var nomination = await sender.Send(
            new DraftNominationCommand(
                request.ProposingUnitId ?? Guid.Empty, request.Year ?? 0, request.CommendationType ?? CommendationType.Merit, request.Title ?? string.Empty, request.CampaignId, request.CovenantId),
            cancellationToken);
        ETags.TagAnswerWithVersion(context, nomination.Version);
        return TypedResults.Created($"/api/v1/nominations/{nomination.Id}", nomination);
    }

    public static async Task<ContentTagged<NominationDto>> GetNomination(Guid nominationId, ISender sender, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var nomination = await sender.Send(new GetNominationByIdQuery(nominationId), cancellationToken);
        return ETags.OkOrNotModifiedByVersionAndContent(nomination.Version, nomination, json.Value.SerializerOptions);
    }

    public static async Task<Created<NominationDto>> ProposeNominee(Guid nominationId, ProposeNomineeRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var nomination = await sender.Send(
            new ProposeNomineeCommand(
                nominationId, request.PersonId, request.UnitId, request.AwardTypeCode ?? string.Empty, request.AchievementSummary ?? string.Empty, request.Evidence,
                request.BasisInitiativeIds, request.Justification, ETags.ExpectedVersion(context.Request), request.AchievementReport?.ToInput()),
            cancellationToken);
        ETags.TagAnswerWithVersion(context, nomination.Version);
        return TypedResults.Created($"/api/v1/nominations/{nominationId}", nomination);
    }

    public static Task<Ok<NominationDto>> RemoveNominationLine(Guid nominationId, Guid lineId, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
        SendAsync(new RemoveNominationLineCommand(nominationId, lineId, ETags.ExpectedVersion(context.Request)), context, sender, cancellationToken);

    public static Task<Ok<NominationDto>> JustifyNominationLine(
        Guid nominationId, Guid lineId, JustificationRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
        SendAsync(new JustifyNominationLineCommand(nominationId, lineId, request?.Justification, ETags.ExpectedVersion(context.Request)), context, sender, cancellationToken);

    public static Task<Ok<NominationDto>> SubmitNomination(Guid nominationId, SubmitRequest? request, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
        SendAsync(new SubmitNominationCommand(nominationId, request?.Submission?.ToInput(), ETags.ExpectedVersion(context.Request)), context, sender, cancellationToken);

    public static Task<Ok<NominationDto>> ReturnNomination(Guid nominationId, ReasonRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
        SendAsync(new ReturnNominationCommand(nominationId, request?.Reason ?? string.Empty, ETags.ExpectedVersion(context.Request)), context, sender, cancellationToken);

    public static Task<Ok<NominationDto>> WithdrawNomination(Guid nominationId, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
        SendAsync(new WithdrawNominationCommand(nominationId, ETags.ExpectedVersion(context.Request)), context, sender, cancellationToken);

    public static Task<Ok<NominationDto>> OpenCouncilReview(Guid nominationId, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
        SendAsync(new OpenCouncilReviewCommand(nominationId, ETags.ExpectedVersion(context.Request)), context, sender, cancellationToken);

    public static Task<Ok<NominationDto>> RecordCouncilVote(
        Guid nominationId, Guid lineId, VoteRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
        SendAsync(
            new RecordCouncilVoteCommand(
                nominationId, lineId, request?.Members ?? 0, request?.Present ?? -1, request?.Yes ?? -1, request?.WrittenYes ?? 0, ETags.ExpectedVersion(context.Request),
                request?.Minutes?.ToInput()),
            context, sender, cancellationToken);

    public static Task<Ok<NominationDto>> DecideNomination(Guid nominationId, DecideRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
        SendAsync(
            new DecideNominationCommand(nominationId, request?.Decision?.ToInput()!, request?.SignerName, request?.SignerTitle, ETags.ExpectedVersion(context.Request)),
            context, sender, cancellationToken);

    public static Task<Ok<NominationDto>> MarkNominationNotAwarded(Guid nominationId, ReasonRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
        SendAsync(new MarkNominationNotAwardedCommand(nominationId, request?.Reason ?? string.Empty, ETags.ExpectedVersion(context.Request)), context, sender, cancellationToken);

    public static async Task<Ok<NominationDto>> RevokeNominationLine(
        Guid nominationId, Guid lineId, RevokeAwardRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await SendAsync(
            new RevokeNominationLineCommand(nominationId, lineId, request.Ground ?? default, request.Decision?.ToInput()!, request.Reason),
            context, sender, cancellationToken);
    }

    /// <summary>A write on a dossier; its 422 (and any other status) comes from the errors it declares.</summary>
    private static RouteHandlerBuilder Write(RouteHandlerBuilder builder, string name, string summary, string description) =>
        builder.WithName(name).WithSummary(summary).WithDescription(description)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .RequireAuthorization(Policies.Write);

    /// <summary>A write on a dossier answers the dossier as the command wrote it, shaped for the caller, with its ETag.</summary>
    private static async Task<Ok<NominationDto>> SendAsync(ICommand<NominationDto> command, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var nomination = await sender.Send(command, cancellationToken);
        ETags.TagAnswerWithVersion(context, nomination.Version);
        return TypedResults.Ok(nomination);
    }
}
