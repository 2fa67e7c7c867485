using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Http;
using ThiDua.Api.Security;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Units;
using ThiDua.Application.Units.CreateUnit;
using ThiDua.Application.Units.GetUnitById;
using ThiDua.Application.Units.GetUnitClusterHistory;
using ThiDua.Application.Units.ListUnits;
using ThiDua.Application.Units.RecordLineageEvent;
using ThiDua.Application.Units.UpdateUnit;
using ThiDua.Domain.Units;

namespace ThiDua.Api.Endpoints.Units;

/// <summary>Organisation units (đơn vị) and their reorganisation history.</summary>
public sealed class UnitEndpoints : IEndpointGroup
{
    public static string Resource => "units";

    public static string Tag => "Units";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("", ListUnits)
            .WithName(nameof(ListUnits))
            .WithSummary("List and search units")
            .WithDescription("Ordered by code; keyset pagination with `limit` (1-200, default 50) and `cursor`. `agencyCode` filters on the electronic identifier code (Decision 20/2020/QĐ-TTg). `q` matches code, name, short name and electronic identifier code ignoring case and Vietnamese diacritics (`phu san` finds `Phụ Sản`), at the start of words, and orders by relevance (ADR 0030): units with a field equal to `q` or starting with it first, then units with a later word starting with it (`duc tho` finds `Trạm Y tế xã Đức Lạc, huyện Đức Thọ`), each by the matched text then code; then, only when these leave the page short and `q` has 3 characters or more, units merely containing it (`pshn` in `BV-PSHN`) by code, of which at most 1 000 are examined per page. With `q`, a `cursor` is valid only for the same `q`.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Read);

        group.MapPost("", CreateUnit)
            .WithName(nameof(CreateUnit))
            .Errors(UnitErrors.CodeTaken, UnitErrors.AgencyCodeTaken, UnitErrors.ParentNotFound, UnitErrors.ParentNotActive, AccessGuard.OutsideAuthority)
            .WithSummary("Register a unit")
            .WithDescription("Admins create any unit; a council creates units under its managing authority.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapGet("{unitId:guid}", GetUnit)
            .WithName(nameof(GetUnit))
            .Errors(NotFoundErrors.Unit)
            .WithSummary("Get a unit with its parent, successor, predecessors and lineage")
            .WithDescription("Returns an `ETag`: the unit's version and a hash of the answer, which also shows the parent, successor and predecessors. Send it back in `If-None-Match` to get 304 when nothing shown has changed, or in `If-Match` on updates, where only the unit's own version is compared.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapPut("{unitId:guid}", UpdateUnit)
            .WithName(nameof(UpdateUnit))
            .Errors(NotFoundErrors.Unit, ConflictException.Concurrency, AccessGuard.OtherUnit, UnitErrors.NotActive, UnitErrors.AgencyCodeTaken)
            .WithSummary("Correct a unit's name, short name, kind or province")
            .WithDescription("Send `If-Match` with the ETag you read: a stale one gets 412 `precondition_failed`; a write racing another gets 409 `concurrency_conflict`. A unit officer may correct only their own unit (`auth.other_unit`, 403). Merged or dissolved units cannot change (`unit.not_active`, 409).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .RequireAuthorization(Policies.Write);

        group.MapPost("{unitId:guid}/lineage-events", RecordUnitLineageEvent)
            .WithName(nameof(RecordUnitLineageEvent))
            .Errors(NotFoundErrors.Unit, UnitErrors.HierarchyCycle, UnitErrors.MergeIntoItself, UnitErrors.SuccessorNotActive, UnitErrors.SameName, UnitErrors.SameParent, UnitErrors.EffectiveBeforeValidFrom, UnitErrors.EffectiveBeforeLastEvent, UnitErrors.NotActive, AccessGuard.OutsideAuthority, UnitErrors.SuccessorNotFound, UnitErrors.ParentNotFound, UnitErrors.ParentNotActive)
            .WithSummary("Record a merge, rename, transfer or dissolution")
            .WithDescription("A merged unit points to its successor and leaves its clusters at the effective date; a dissolved unit leaves them too and can join none.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapGet("{unitId:guid}/clusters", GetUnitClusterHistory)
            .WithName(nameof(GetUnitClusterHistory))
            .Errors(NotFoundErrors.Unit)
            .WithSummary("A unit's cluster and block memberships, newest year first")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);
    }

    public static async Task<Ok<Page<UnitSummaryDto>>> ListUnits(
        ISender sender,
        CancellationToken cancellationToken,
        string? q = null,
        [QueryEnum<UnitKind>] string? kind = null,
        [QueryEnum<UnitStatus>] string? status = null,
        Guid? parentId = null,
        string? province = null,
        int limit = PageRequest.DefaultLimit,
        string? cursor = null,
        string? agencyCode = null)
    {
        var query = new ListUnitsQuery(
            q,
            QueryEnum.Parse<UnitKind>(kind, nameof(kind)),
            QueryEnum.Parse<UnitStatus>(status, nameof(status)),
            parentId,
            province,
            new PageRequest(limit, cursor),
            agencyCode);
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }

    public static async Task<StoredJsonCreated<UnitDetailsDto>> CreateUnit(CreateUnitRequest request, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var unit = await sender.Send(
            new CreateUnitCommand(
                request.Code ?? string.Empty,
                request.Name ?? string.Empty,
                request.ShortName,
                request.Kind ?? default,
                request.ParentId,
                request.Province ?? string.Empty,
                request.ValidFrom,
                request.AgencyCode),
            cancellationToken);
        return StoredCreated($"/api/v1/units/{unit.Id}", unit);
    }

    // The body is the document PostgreSQL keeps for the unit (ADR 0045). The ETag is the unit's version and a hash of
    // the body, which shows the parent's, successor's and predecessors' names and statuses too, so a change to any of
    // them is not answered 304 (ADR 0035, amendment).
    public static async Task<StoredJsonOk<UnitDetailsDto>> GetUnit(Guid unitId, ISender sender, CancellationToken cancellationToken) =>
        Stored(await sender.Send(new GetUnitByIdQuery(unitId), cancellationToken));

    public static async Task<StoredJsonOk<UnitDetailsDto>> UpdateUnit(Guid unitId, UpdateUnitRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var unit = await sender.Send(
            new UpdateUnitCommand(
                unitId,
                request.Name ?? string.Empty,
                request.ShortName,
                request.Kind ?? default,
                request.Province ?? string.Empty,
                ETags.ExpectedVersion(context.Request),
                request.AgencyCode),
            cancellationToken);
        return Stored(unit);
    }

    public static async Task<StoredJsonCreated<UnitDetailsDto>> RecordUnitLineageEvent(
        Guid unitId, RecordLineageEventRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var unit = await sender.Send(
            new RecordLineageEventCommand(
                unitId,
                request.Type ?? default,
                request.EffectiveOn ?? default,
                request.LegalBasis?.ToInput()!,
                request.NewName,
                request.NewShortName,
                request.NewParentId,
                request.SuccessorId,
                request.Note,
                ETags.ExpectedVersion(context.Request)),
            cancellationToken);
        return StoredCreated($"/api/v1/units/{unitId}", unit);
    }

    /// <summary>The unit's stored details document as the answer (ADR 0045).</summary>
    private static StoredJsonOk<UnitDetailsDto> Stored(UnitDetailsDocument unit) => new(unit.Json, unit.Version);

    private static StoredJsonCreated<UnitDetailsDto> StoredCreated(string location, UnitDetailsDocument unit) => new(location, unit.Json, unit.Version);

    public static async Task<Ok<IReadOnlyList<UnitClusterMembershipDto>>> GetUnitClusterHistory(Guid unitId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetUnitClusterHistoryQuery(unitId), cancellationToken));
}
