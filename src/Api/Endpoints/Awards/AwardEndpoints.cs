using Mediator;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Api.Endpoints.People;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Http;
using ThiDua.Api.Security;
using FluentValidation;
using FluentValidation.Results;
using ThiDua.Application.Awards;
using ThiDua.Application.Awards.ExportAwardLookup;
using ThiDua.Application.Awards.GetAwardById;
using ThiDua.Application.Awards.LookUpAwards;
using ThiDua.Application.Awards.RevokeAward;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;

namespace ThiDua.Api.Endpoints.Awards;

/// <summary>Awards in the history of people and units, and their revocation (hủy bỏ).</summary>
public sealed class AwardEndpoints : IEndpointGroup
{
    public static string Resource => "awards";

    public static string Tag => "Award history";

    private const string LookupRules =
        "Inside the caller's authority only: an admin finds every award; a council or integration client those of its managing authority, the units under it, the units merged into any of them (the 2025 mergers: a predecessor's award appears in its successor's history, still naming the original unit in `unit` and `unitNameAtDecision`) and the people working there today; a unit officer those of its own unit, the units merged into it and its staff. " +
        "Individual and collective awards both appear; revoked awards appear marked `revoked`; imported awards and awards decided here (`source`) both carry their decision. " +
        "`citizenId`, `civilServantCode`, `fullName` and `birthDate` find individual awards only; the other filters apply to both kinds; `unitId` includes the units merged into it. " +
        "Personal data is shaped as in the people view: `person.citizenId` and `person.birthDate` in full only for an admin, a council over the person's current unit and that unit's own officer (`personalDataVisible`); otherwise the citizen id is masked and the birth date left out. " +
        "A citizen id or birth date filter matches only people whose personal data the caller may read, so it confirms nothing the person's page withholds; integration clients may not use it (`auth.role_not_allowed`, 403). " +
        "A token naming no authority: `auth.outside_authority` (403). `unitId` unknown: `unit.not_found` (404); outside the caller's reach: `auth.outside_authority` (403; `auth.other_unit` for a unit officer).";

    private static readonly string[] PersonalDataParameters = ["citizenId", "birthDate"];

    private const string PersonalDataInBody =
        "Citizen id and birth date are personal data and travel only in the body of `POST /api/v1/awards/lookup` (or `lookup.xlsx`), never in a URL; a query string naming them is refused (400 `validation_failed`).";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("", ListAwards)
            .WithName(nameof(ListAwards))
            .Errors(AccessGuard.OutsideAuthority, AccessGuard.OtherUnit, NotFoundErrors.Unit)
            .WithSummary("Look awards up by civil-servant code, name, award type, year, unit (with its predecessors) or decision, newest year first")
            .WithDescription(LookupRules + " " + PersonalDataInBody + " Keyset pagination (`limit`, `cursor`).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapPost("lookup", LookUpAwards)
            .WithName(nameof(LookUpAwards))
            .Errors(AccessGuard.RoleNotAllowed, AccessGuard.OutsideAuthority, AccessGuard.OtherUnit, NotFoundErrors.Unit)
            .WithSummary("Look awards up by citizen id, civil-servant code or name and birth date, and the other filters, newest year first")
            .WithDescription("The same lookup as `GET /api/v1/awards`, with the filters in the body so that a citizen id or birth date never lands in a URL. Reads nothing and changes nothing. " + LookupRules + " Keyset pagination (`limit`, `cursor` in the body).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapGet("export.xlsx", ExportAwards)
            .WithName(nameof(ExportAwards))
            .Errors(AccessGuard.OutsideAuthority, AccessGuard.OtherUnit, NotFoundErrors.Unit, AwardLookupErrors.ExportTooLarge)
            .WithSummary("The award lookup as a spreadsheet (.xlsx), with the filters of GET /api/v1/awards")
            .WithDescription($"One sheet: title, the filters, then every matching award (no paging), personal data shaped as in the lookup. At most {ExportAwardLookupQuery.MaxRows} awards: more is refused with `award_lookup.export_too_large` (422), never cut short. " + PersonalDataInBody)
            .Produces(StatusCodes.Status200OK, contentType: AwardLookupSpreadsheet.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Read);

        group.MapPost("lookup.xlsx", ExportAwardLookup)
            .WithName(nameof(ExportAwardLookup))
            .Errors(AccessGuard.RoleNotAllowed, AccessGuard.OutsideAuthority, AccessGuard.OtherUnit, NotFoundErrors.Unit, AwardLookupErrors.ExportTooLarge)
            .WithSummary("The award lookup as a spreadsheet (.xlsx), with the filters of POST /api/v1/awards/lookup")
            .WithDescription($"One sheet: title, the filters (a citizen id or birth date filter is noted, not printed), then every matching award, personal data shaped as in the lookup. At most {ExportAwardLookupQuery.MaxRows} awards: more is refused with `award_lookup.export_too_large` (422), never cut short.")
            .Produces(StatusCodes.Status200OK, contentType: AwardLookupSpreadsheet.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Read);

        group.MapGet("{awardId:guid}", GetAward)
            .WithName(nameof(GetAward))
            .Errors(NotFoundErrors.Award)
            .WithSummary("Get an award with its decision, names at the decision date, and any revocation")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapPost("{awardId:guid}/revoke", RevokeAward)
            .WithName(nameof(RevokeAward))
            .Errors(NotFoundErrors.Award, AccessGuard.OutsideAuthority, AwardErrors.RevocationBeforeDecision, AwardErrors.RevocationInFuture, AwardErrors.AlreadyRevoked)
            .WithSummary("Revoke an award on a legal ground by a revocation decision")
            .WithDescription("An award decided here: an admin or a council strictly above the dossier's proposing unit (the deciding authority); an imported award: an admin or a council strictly above its unit (`auth.outside_authority`, 403). The award stays in the history, marked revoked, and stops counting for eligibility (e.g. it breaks a chain of consecutive titles). Honours `If-Match` (412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);
    }

    public static async Task<Ok<Page<AwardLookupItemDto>>> ListAwards(
        HttpContext context,
        ISender sender,
        CancellationToken cancellationToken,
        string? civilServantCode = null,
        string? fullName = null,
        string? awardType = null,
        int? year = null,
        Guid? unitId = null,
        string? decision = null,
        [QueryEnum<RecipientKind>] string? recipientKind = null,
        int limit = PageRequest.DefaultLimit,
        string? cursor = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        RefusePersonalDataInUrl(context.Request);
        return TypedResults.Ok(await sender.Send(
            new LookUpAwardsQuery(
                new AwardLookupFilter(null, Blank(civilServantCode), Blank(fullName), null, Blank(awardType), year, unitId, Blank(decision), QueryEnum.Parse<RecipientKind>(recipientKind, nameof(recipientKind))),
                new PageRequest(limit, cursor)),
            cancellationToken));
    }

    public static async Task<Ok<Page<AwardLookupItemDto>>> LookUpAwards(AwardLookupRequest request, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TypedResults.Ok(await sender.Send(new LookUpAwardsQuery(request.ToFilter(), request.ToPage()), cancellationToken));
    }

    public static async Task<FileContentHttpResult> ExportAwards(
        HttpContext context,
        ISender sender,
        CancellationToken cancellationToken,
        string? civilServantCode = null,
        string? fullName = null,
        string? awardType = null,
        int? year = null,
        Guid? unitId = null,
        string? decision = null,
        [QueryEnum<RecipientKind>] string? recipientKind = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        RefusePersonalDataInUrl(context.Request);
        var file = await sender.Send(
            new ExportAwardLookupQuery(new AwardLookupFilter(
                null, Blank(civilServantCode), Blank(fullName), null, Blank(awardType), year, unitId, Blank(decision), QueryEnum.Parse<RecipientKind>(recipientKind, nameof(recipientKind)))),
            cancellationToken);
        return TypedResults.File(file.Content, AwardLookupSpreadsheet.ContentType, file.FileName);
    }

    public static async Task<FileContentHttpResult> ExportAwardLookup(AwardExportRequest request, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var file = await sender.Send(new ExportAwardLookupQuery(request.ToFilter()), cancellationToken);
        return TypedResults.File(file.Content, AwardLookupSpreadsheet.ContentType, file.FileName);
    }

    public static async Task<ContentTagged<AwardRecordDto>> GetAward(Guid awardId, ISender sender, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var award = await sender.Send(new GetAwardByIdQuery(awardId), cancellationToken);
        return ETags.OkOrNotModifiedByVersionAndContent(award.Version, award, json.Value.SerializerOptions);
    }

    public static async Task<Ok<AwardRecordDto>> RevokeAward(Guid awardId, RevokeAwardRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var award = await sender.Send(
            new RevokeAwardCommand(awardId, request.Ground ?? default, request.Decision?.ToInput()!, request.Reason, ETags.ExpectedVersion(context.Request)),
            cancellationToken);
        ETags.TagAnswerWithVersion(context, award.Version);
        return TypedResults.Ok(award);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>
    /// A citizen id or birth date in a query string would land in access logs and browser history: refused, pointing to
    /// the body of <c>POST /api/v1/awards/lookup</c>.
    /// </summary>
    private static void RefusePersonalDataInUrl(HttpRequest request)
    {
        var failures = PersonalDataParameters
            .Where(name => request.Query.Keys.Any(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)))
            .Select(name => new ValidationFailure(name, new LocalizedText(
                $"'{name}' là dữ liệu cá nhân, không được gửi trên địa chỉ (URL); hãy gửi trong nội dung của POST /api/v1/awards/lookup.",
                $"'{name}' is personal data and is not sent in a URL; send it in the body of POST /api/v1/awards/lookup.").Current))
            .ToList();
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }
}
