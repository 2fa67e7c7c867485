using Mediator;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Http;
using ThiDua.Api.Security;
using ThiDua.Application.Awards;
using ThiDua.Application.Awards.GetPersonAwards;
using ThiDua.Application.Awards.ImportPersonAward;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Eligibility;
using ThiDua.Application.Eligibility.EvaluatePersonEligibility;
using ThiDua.Application.People;
using ThiDua.Application.People.EndDiscipline;
using ThiDua.Application.People.EndLeave;
using ThiDua.Application.People.EndPosition;
using ThiDua.Application.People.GetPersonById;
using ThiDua.Application.People.ListPeople;
using ThiDua.Application.People.LookUpPerson;
using ThiDua.Application.People.RecordDiscipline;
using ThiDua.Application.People.RecordInitiative;
using ThiDua.Application.People.RecordLeave;
using ThiDua.Application.People.RecordPersonRating;
using ThiDua.Application.People.RecordPosition;
using ThiDua.Application.People.RecordRetirement;
using ThiDua.Application.People.RegisterPerson;
using ThiDua.Application.People.RemoveLeave;
using ThiDua.Application.People.RemovePosition;
using ThiDua.Application.People.TransferPerson;
using ThiDua.Application.People.UpdatePerson;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Awards;
using ThiDua.Domain.People;
using ThiDua.Domain.Statistics;

namespace ThiDua.Api.Endpoints.People;

/// <summary>Staff (cán bộ, công chức, viên chức, người lao động) and the records eligibility reads.</summary>
public sealed class PeopleEndpoints : IEndpointGroup
{
    private const string PersonalData = "Citizen id, birth date, yearly ratings, disciplines, leave and retirement are personal data (Decree 13/2023): shown to an admin, a council over the person's unit and the person's own unit officer; elsewhere the citizen id is masked and the others left out. Positions held are shown to all readers.";
    private const string WhoRecords = "Recorded by the person's own unit officer, a council over the unit or an admin (`auth.other_unit`, `auth.outside_authority`, 403). 404 `person.not_found`.";

    public static string Resource => "people";

    public static string Tag => "People";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("", ListPeople)
            .WithName(nameof(ListPeople))
            .WithSummary("List people by name or current unit")
            .WithDescription("By name; keyset pagination. `q` ignores case and diacritics and matches at the start of words (ADR 0030): people whose full name or civil servant code starts with `q` come first, then those with a later word starting with it (`duc` finds `Trần Văn Đức`), then, when these leave the page short and `q` has 3 characters or more, those merely containing it (at most 1 000 of them examined per page). Ties follow the name. With `q`, a `cursor` is valid only for the same `q`.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Read);

        group.MapPost("lookup", LookUpPerson)
            .WithName(nameof(LookUpPerson))
            .Errors(AccessGuard.RoleNotAllowed)
            .WithSummary("Find a person by citizen id (CCCD), admins and councils only")
            .WithDescription("The citizen id travels in the body, not the URL, so that it never lands in access logs or browser history. 403 `auth.role_not_allowed` for other roles. A council finds only people whose current unit lies under its authority: anyone else is answered as an unknown id is (no items). Every lookup, refused ones included, is written to the audit log (resource type `PersonLookup`, the id masked). Rate-limited per token subject more strictly than the API (policy `lookup`, `RateLimiting:LookupPermitsPerMinute`, default 30; 429 `request.rate_limited`).")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Read);

        group.MapPost("", RegisterPerson)
            .WithName(nameof(RegisterPerson))
            .Errors(NotFoundErrors.Unit, AccessGuard.OtherUnit, PersonErrors.UnitNotActive, PersonErrors.CitizenIdTaken)
            .WithSummary("Register a member of staff at a unit")
            .WithDescription("A unit officer registers only their own unit's staff (`auth.other_unit`, 403).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapGet("{personId:guid}", GetPerson)
            .WithName(nameof(GetPerson))
            .Errors(NotFoundErrors.Person)
            .WithSummary("Get a person with employment history, ratings, initiatives, disciplines, leave, positions and retirement")
            .WithDescription(PersonalData)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapPut("{personId:guid}", UpdatePerson)
            .WithName(nameof(UpdatePerson))
            .Errors(NotFoundErrors.Person, PersonErrors.CitizenIdTaken)
            .WithSummary("Correct a person's identity")
            .WithDescription("Honours `If-Match` (412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .RequireAuthorization(Policies.Write);

        group.MapPost("{personId:guid}/transfers", TransferPerson)
            .WithName(nameof(TransferPerson))
            .Errors(NotFoundErrors.Person, PersonErrors.TransferNotAfterCurrent, PersonErrors.SameUnit, PersonErrors.UnitNotActive)
            .WithSummary("Move a person to another unit from a date")
            .WithDescription("The caller must be able to act for both units. Honours `If-Match` (412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapPut("{personId:guid}/ratings/{year:int}", RecordPersonRating)
            .WithName(nameof(RecordPersonRating))
            .Errors(NotFoundErrors.Person, AccessGuard.OtherUnit, AccessGuard.OutsideAuthority)
            .WithSummary("Record or correct a person's rating for a year")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Write);

        group.MapPost("{personId:guid}/initiatives", RecordInitiative)
            .WithName(nameof(RecordInitiative))
            .Errors(NotFoundErrors.Person)
            .WithSummary("Record a recognised initiative or accepted scientific work")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Write);

        group.MapPost("{personId:guid}/disciplines", RecordDiscipline)
            .WithName(nameof(RecordDiscipline))
            .Errors(NotFoundErrors.Person, PersonErrors.PeriodInvalid)
            .WithSummary("Record a discipline or a hold (personal data)")
            .WithDescription("A hold (`hold`) blocks proposals while it lasts (Decree 152/2025 Art. 4.4).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapPost("{personId:guid}/disciplines/{disciplineId:guid}/end", EndDiscipline)
            .WithName(nameof(EndDiscipline))
            .Errors(NotFoundErrors.Person, AccessGuard.OutsideAuthority, AccessGuard.RoleNotAllowed, PersonErrors.DisciplineAlreadyEnded, PersonErrors.DisciplineNotFound, PersonErrors.PeriodInvalid)
            .WithSummary("End a discipline period or lift a hold")
            .WithDescription("The person's unit ends a discipline period; a hold is lifted only by an admin or a council strictly above the unit (`auth.outside_authority`, `auth.role_not_allowed`, 403). Only an open period or hold can be ended (`person.discipline_already_ended`, 409).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapPost("{personId:guid}/leaves", RecordLeave)
            .WithName(nameof(RecordLeave))
            .Errors(AccessGuard.OtherUnit, AccessGuard.OutsideAuthority, NotFoundErrors.Person, PersonErrors.PeriodInvalid.Because("ends before it starts"), PersonErrors.LeaveOverlaps.Because("overlaps another leave"), PersonErrors.LeaveBeforeEmployment, PersonErrors.DocumentInFuture.Because("the document is dated after today"))
            .WithSummary("Record a leave period: maternity, sickness, duty injury, study or unpaid (personal data)")
            .WithDescription($"Maternity leave counts as time worked for every title and form (Decree 152/2025 Art. 4.5). {WhoRecords} An unknown `kind` is 400 `request.malformed`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapPost("{personId:guid}/leaves/{leaveId:guid}/end", EndLeave)
            .WithName(nameof(EndLeave))
            .Errors(AccessGuard.OtherUnit, AccessGuard.OutsideAuthority, NotFoundErrors.Person, NotFoundErrors.PersonLeave, PersonErrors.LeaveAlreadyEnded, PersonErrors.PeriodInvalid.Because("before the leave started"))
            .WithSummary("End an open leave on its last day")
            .WithDescription($"{WhoRecords}")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapDelete("{personId:guid}/leaves/{leaveId:guid}", RemoveLeave)
            .WithName(nameof(RemoveLeave))
            .Errors(AccessGuard.OtherUnit, AccessGuard.OutsideAuthority, NotFoundErrors.Person, NotFoundErrors.PersonLeave)
            .WithSummary("Remove a leave recorded by mistake")
            .WithDescription($"204 on success. The audit log keeps the removed leave, who removed it and when. {WhoRecords}")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Write);

        group.MapPost("{personId:guid}/positions", RecordPosition)
            .WithName(nameof(RecordPosition))
            .Errors(AccessGuard.OtherUnit, AccessGuard.OutsideAuthority, NotFoundErrors.Person, PersonErrors.PeriodInvalid, PersonErrors.PositionInFuture.Because("starts after today"), PersonErrors.PositionOverlaps, PersonErrors.DocumentInFuture)
            .WithSummary("Record a position held (chức vụ) with its level and appointment decision")
            .WithDescription($"Positions may overlap (concurrent posts: the highest counts, Decree 152/2025 Art. 9.3); the same title at the same level may not. {WhoRecords} An unknown `level` is 400 `request.malformed`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapPost("{personId:guid}/positions/{positionId:guid}/end", EndPosition)
            .WithName(nameof(EndPosition))
            .Errors(AccessGuard.OtherUnit, AccessGuard.OutsideAuthority, NotFoundErrors.Person, NotFoundErrors.PersonPosition, PersonErrors.PositionAlreadyEnded, PersonErrors.PeriodInvalid.Because("before the position started"))
            .WithSummary("End a position still held on its last day")
            .WithDescription($"{WhoRecords}")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapDelete("{personId:guid}/positions/{positionId:guid}", RemovePosition)
            .WithName(nameof(RemovePosition))
            .Errors(AccessGuard.OtherUnit, AccessGuard.OutsideAuthority, NotFoundErrors.Person, NotFoundErrors.PersonPosition)
            .WithSummary("Remove a position recorded by mistake")
            .WithDescription($"204 on success. The audit log keeps the removed position, who removed it and when. {WhoRecords}")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Write);

        group.MapPut("{personId:guid}/retirement", RecordRetirement)
            .WithName(nameof(RecordRetirement))
            .Errors(AccessGuard.OtherUnit, AccessGuard.OutsideAuthority, NotFoundErrors.Person, PersonErrors.DocumentInFuture.Because("notified after today"), PersonErrors.RetirementBeforeEmployment)
            .WithSummary("Record or replace the retirement notice or decision (personal data)")
            .WithDescription($"Long-service awards are proposed once retirement is notified or decided (Decree 152/2025 Art. 9.2); the document's date is that day. {WhoRecords} An unknown `kind` is 400 `request.malformed`.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapGet("{personId:guid}/awards", GetPersonAwards)
            .WithName(nameof(GetPersonAwards))
            .Errors(NotFoundErrors.Person)
            .WithSummary("A person's award history, newest first; revoked awards stay listed, marked revoked")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapPost("{personId:guid}/awards", ImportPersonAward)
            .WithName(nameof(ImportPersonAward))
            .Errors(NotFoundErrors.Person, AccessGuard.OutsideAuthority, AccessGuard.RoleNotAllowed, AwardErrors.UnknownAwardType, AwardErrors.RecipientKindMismatch, AwardErrors.DecisionBeforeYear, AwardErrors.DecisionInFuture, AwardErrors.UnknownInitiative, AwardErrors.InitiativeAlreadyUsed.Because("an initiative supports one award only"), AwardErrors.Duplicate.Because("same type, recipient and year, sudden and thematic awards aside"), ProvincialAwardTypeErrors.OtherProvince, ProvincialAwardTypeErrors.NotInForce, StatisticsErrors.CategoryMismatch, StatisticsErrors.MethodMismatch)
            .WithSummary("Enter a past award of a person from its decision")
            .WithDescription("An admin or a council strictly above the person's unit: no council records awards for its own unit's staff (`auth.outside_authority`, 403). A province's own award type: for people of a unit of that province on the decision date (`award_type.other_province`, 422), dated while it applied (`award_type.not_in_force`, 422).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapGet("{personId:guid}/eligibility", EvaluatePersonEligibility)
            .WithName(nameof(EvaluatePersonEligibility))
            .Errors(NotFoundErrors.AwardType, AwardErrors.RecipientKindMismatch, EligibilityErrors.NoRuleSet, ProvincialAwardTypeErrors.OtherProvince, ProvincialAwardTypeErrors.NotInForce, NotFoundErrors.Person, AccessGuard.OtherUnit, AccessGuard.OutsideAuthority)
            .WithSummary("Evaluate a person for an award type and year, rule by rule")
            .WithDescription("`awardType` (e.g. `CSTDCS`), `year`, `commendationType` (default `merit`; `longService` evaluates the long-service route for leaders of Decree 152/2025 Art. 9, e.g. for `HUAN_CHUONG_LAO_DONG_HANG_BA`), `on` (picks the rule set and is the date retirement must be notified by; default today in Vietnam). Each rule gives pass/fail, the facts used and its legal basis. The parameters of the province of the person's unit in force on `on` apply, and its own award types may be asked for.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Read);
    }

    public static async Task<Ok<Page<PersonSummaryDto>>> ListPeople(
        ISender sender, CancellationToken cancellationToken, string? q = null, Guid? unitId = null, int limit = PageRequest.DefaultLimit, string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListPeopleQuery(q, unitId, null, new PageRequest(limit, cursor)), cancellationToken));

    public static async Task<Ok<Page<PersonSummaryDto>>> LookUpPerson(CitizenIdLookupRequest request, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TypedResults.Ok(await sender.Send(new LookUpPersonQuery(request.CitizenId ?? string.Empty), cancellationToken));
    }

    public static async Task<Created<PersonDto>> RegisterPerson(RegisterPersonRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var person = await sender.Send(
            new RegisterPersonCommand(
                request.FullName ?? string.Empty, request.Gender ?? default, request.BirthDate, request.CitizenId, request.CivilServantCode,
                request.UnitId ?? Guid.Empty, request.Position ?? string.Empty, request.EmployedFrom ?? default),
            cancellationToken);
        return TypedResults.Created($"/api/v1/people/{person.Id}", Answered(person, context));
    }

    public static async Task<ContentTagged<PersonDto>> GetPerson(Guid personId, ISender sender, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var person = await sender.Send(new GetPersonByIdQuery(personId), cancellationToken);
        return ETags.OkOrNotModifiedByVersionAndContent(person.Version, person, json.Value.SerializerOptions);
    }

    public static async Task<Ok<PersonDto>> UpdatePerson(Guid personId, PersonIdentityRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var person = await sender.Send(
            new UpdatePersonCommand(
                personId, request.FullName ?? string.Empty, request.Gender ?? default, request.BirthDate, request.CitizenId, request.CivilServantCode,
                ETags.ExpectedVersion(context.Request)),
            cancellationToken);
        return TypedResults.Ok(Answered(person, context));
    }

    public static async Task<Ok<PersonDto>> TransferPerson(Guid personId, TransferRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var person = await sender.Send(
            new TransferPersonCommand(personId, request.UnitId ?? Guid.Empty, request.Position ?? string.Empty, request.From ?? default, ETags.ExpectedVersion(context.Request)),
            cancellationToken);
        return TypedResults.Ok(Answered(person, context));
    }

    public static async Task<Ok<PersonDto>> RecordPersonRating(Guid personId, int year, RatingRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var person = await sender.Send(new RecordPersonRatingCommand(personId, year, request.Rating ?? default, request.Document?.ToInput()), cancellationToken);
        return TypedResults.Ok(Answered(person, context));
    }

    public static async Task<Created<PersonDto>> RecordInitiative(Guid personId, InitiativeRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var person = await sender.Send(
            new RecordInitiativeCommand(
                personId, request.Title ?? string.Empty, request.Kind ?? default, request.Year ?? 0, request.Scope ?? default, request.RecognisingBody ?? string.Empty,
                request.Document?.ToInput()!),
            cancellationToken);
        return TypedResults.Created($"/api/v1/people/{personId}", Answered(person, context));
    }

    public static async Task<Created<PersonDto>> RecordDiscipline(Guid personId, DisciplineRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var person = await sender.Send(
            new RecordDisciplineCommand(
                personId, request.Kind ?? (DisciplineKind)(-1), request.From ?? default, request.To, request.Reason ?? string.Empty, request.LegalBasis?.ToInput()!),
            cancellationToken);
        return TypedResults.Created($"/api/v1/people/{personId}", Answered(person, context));
    }

    public static async Task<Ok<PersonDto>> EndDiscipline(
        Guid personId, Guid disciplineId, EndDisciplineRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var person = await sender.Send(new EndDisciplineCommand(personId, disciplineId, request.LastDay ?? default), cancellationToken);
        return TypedResults.Ok(Answered(person, context));
    }

    public static async Task<Created<PersonDto>> RecordLeave(Guid personId, LeaveRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var person = await sender.Send(
            new RecordLeaveCommand(personId, request.Kind ?? (LeaveKind)(-1), request.From ?? default, request.To, request.Document?.ToInput()!),
            cancellationToken);
        return TypedResults.Created($"/api/v1/people/{personId}", Answered(person, context));
    }

    public static async Task<Ok<PersonDto>> EndLeave(Guid personId, Guid leaveId, EndLeaveRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var person = await sender.Send(new EndLeaveCommand(personId, leaveId, request.LastDay ?? default), cancellationToken);
        return TypedResults.Ok(Answered(person, context));
    }

    public static async Task<NoContent> RemoveLeave(Guid personId, Guid leaveId, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveLeaveCommand(personId, leaveId), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> RemovePosition(Guid personId, Guid positionId, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RemovePositionCommand(personId, positionId), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Created<PersonDto>> RecordPosition(Guid personId, PositionRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var person = await sender.Send(
            new RecordPositionCommand(
                personId, request.Title ?? string.Empty, request.Level ?? (PositionLevel)(-1), request.From ?? default, request.To, request.Appointment?.ToInput()!),
            cancellationToken);
        return TypedResults.Created($"/api/v1/people/{personId}", Answered(person, context));
    }

    public static async Task<Ok<PersonDto>> EndPosition(Guid personId, Guid positionId, EndPositionRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var person = await sender.Send(new EndPositionCommand(personId, positionId, request.LastDay ?? default), cancellationToken);
        return TypedResults.Ok(Answered(person, context));
    }

    public static async Task<Ok<PersonDto>> RecordRetirement(Guid personId, RetirementRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var person = await sender.Send(
            new RecordRetirementCommand(
                personId, request.Kind ?? (RetirementKind)(-1), request.RetiresOn ?? default, request.HigherRetirementAge ?? false, request.Document?.ToInput()!),
            cancellationToken);
        return TypedResults.Ok(Answered(person, context));
    }

    public static async Task<Ok<Page<AwardRecordDto>>> GetPersonAwards(Guid personId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetPersonAwardsQuery(personId), cancellationToken));

    public static async Task<Created<AwardRecordDto>> ImportPersonAward(Guid personId, ImportAwardRequest request, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var award = await sender.Send(
            new ImportPersonAwardCommand(
                personId, request.AwardTypeCode ?? string.Empty, request.Year ?? 0, request.CommendationType ?? CommendationType.Merit, request.Decision?.ToInput()!,
                request.BasisInitiativeIds, request.StatisticsRecipientCategory, request.StatisticsAwardMethod),
            cancellationToken);
        return TypedResults.Created($"/api/v1/awards/{award.Id}", award);
    }

    public static async Task<Ok<Application.Eligibility.Results.EligibilityResult>> EvaluatePersonEligibility(
        Guid personId, ISender sender, CancellationToken cancellationToken, string? awardType = null, int? year = null, [QueryEnum<CommendationType>] string? commendationType = null, DateOnly? on = null) =>
        TypedResults.Ok(await sender.Send(
            new EvaluatePersonEligibilityQuery(
                personId, new EligibilityRequest(awardType ?? string.Empty, year ?? 0, QueryEnum.Parse<CommendationType>(commendationType, nameof(commendationType)) ?? CommendationType.Merit, on)),
            cancellationToken));

    /// <summary>The person a command answers with, its version as the ETag.</summary>
    private static PersonDto Answered(PersonDto person, HttpContext context)
    {
        ETags.TagAnswerWithVersion(context, person.Version);
        return person;
    }
}
