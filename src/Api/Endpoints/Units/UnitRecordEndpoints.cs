using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Api.Endpoints.People;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Http;
using ThiDua.Api.Security;
using ThiDua.Application.Awards;
using ThiDua.Application.Awards.GetUnitAwards;
using ThiDua.Application.Awards.ImportUnitAward;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Eligibility;
using ThiDua.Application.Eligibility.EvaluateUnitEligibility;
using ThiDua.Application.People;
using ThiDua.Application.Units.GetUnitRatings;
using ThiDua.Application.Units.RecordUnitRating;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Units;
using ThiDua.Domain.Statistics;

namespace ThiDua.Api.Endpoints.Units;

/// <summary>A unit's records that eligibility reads: yearly ratings and the collective award history.</summary>
public sealed class UnitRecordEndpoints : IEndpointGroup
{
    public static string Resource => "units";

    public static string Tag => "Units";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("{unitId:guid}/ratings", GetUnitRatings)
            .WithName(nameof(GetUnitRatings))
            .Errors(NotFoundErrors.Unit)
            .WithSummary("A unit's yearly ratings of task completion, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapPut("{unitId:guid}/ratings/{year:int}", RecordUnitRating)
            .WithName(nameof(RecordUnitRating))
            .Errors(NotFoundErrors.Unit, AccessGuard.OutsideAuthority, UnitErrors.NotActive.Because("for a year after the unit was merged or dissolved"))
            .WithSummary("Record or correct a unit's rating for a year (its superior: admin or council)")
            .WithDescription("An admin or a council strictly above the unit; a council does not rate its own unit (`auth.outside_authority`, 403).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.Write);

        group.MapGet("{unitId:guid}/awards", GetUnitAwards)
            .WithName(nameof(GetUnitAwards))
            .Errors(NotFoundErrors.Unit)
            .WithSummary("A unit's collective award history, including units merged into it")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapPost("{unitId:guid}/awards", ImportUnitAward)
            .WithName(nameof(ImportUnitAward))
            .Errors(NotFoundErrors.Unit, AccessGuard.OutsideAuthority, AccessGuard.RoleNotAllowed, AwardErrors.UnknownAwardType, AwardErrors.RecipientKindMismatch, AwardErrors.DecisionBeforeYear, AwardErrors.DecisionInFuture, AwardErrors.Duplicate, ProvincialAwardTypeErrors.OtherProvince, ProvincialAwardTypeErrors.NotInForce, StatisticsErrors.CategoryMismatch, StatisticsErrors.MethodMismatch)
            .WithSummary("Enter a past collective award of a unit from its decision")
            .WithDescription("An admin or a council strictly above the unit: no council records awards for its own unit (`auth.outside_authority`, 403), as it does not rate it or decide its dossiers. A province's own award type: for units of that province (`award_type.other_province`, 422), dated while it applied (`award_type.not_in_force`, 422).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapGet("{unitId:guid}/eligibility", EvaluateUnitEligibility)
            .WithName(nameof(EvaluateUnitEligibility))
            .Errors(NotFoundErrors.AwardType, AwardErrors.RecipientKindMismatch, EligibilityErrors.NoRuleSet, ProvincialAwardTypeErrors.OtherProvince, ProvincialAwardTypeErrors.NotInForce, NotFoundErrors.Unit, AccessGuard.OtherUnit, AccessGuard.OutsideAuthority)
            .WithSummary("Evaluate a unit for a collective award type and year, rule by rule")
            .WithDescription("`awardType` (e.g. `TTLDXS`, `CO_THI_DUA_TINH`), `year`, `commendationType` (default `merit`), `on` (picks the rule set). Members are the people employed at the unit at some time in the year. The parameters of the unit's province in force on `on` apply (shares, R12, the flag's provincial article), each outcome citing the provincial regulation or the Law; the province's own award types may be asked for.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Read);
    }

    public static async Task<Ok<Page<RatingDto>>> GetUnitRatings(Guid unitId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetUnitRatingsQuery(unitId), cancellationToken));

    public static async Task<Ok<Page<RatingDto>>> RecordUnitRating(Guid unitId, int year, RatingRequest request, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TypedResults.Ok(await sender.Send(new RecordUnitRatingCommand(unitId, year, request.Rating ?? default, request.Document?.ToInput()), cancellationToken));
    }

    public static async Task<Ok<Page<AwardRecordDto>>> GetUnitAwards(Guid unitId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetUnitAwardsQuery(unitId), cancellationToken));

    public static async Task<Created<AwardRecordDto>> ImportUnitAward(Guid unitId, ImportAwardRequest request, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var award = await sender.Send(
            new ImportUnitAwardCommand(unitId, request.AwardTypeCode ?? string.Empty, request.Year ?? 0, request.CommendationType ?? CommendationType.Merit, request.Decision?.ToInput()!,
                request.StatisticsRecipientCategory, request.StatisticsAwardMethod),
            cancellationToken);
        return TypedResults.Created($"/api/v1/awards/{award.Id}", award);
    }

    public static async Task<Ok<Application.Eligibility.Results.EligibilityResult>> EvaluateUnitEligibility(
        Guid unitId, ISender sender, CancellationToken cancellationToken, string? awardType = null, int? year = null, [QueryEnum<CommendationType>] string? commendationType = null, DateOnly? on = null) =>
        TypedResults.Ok(await sender.Send(
            new EvaluateUnitEligibilityQuery(
                unitId, new EligibilityRequest(awardType ?? string.Empty, year ?? 0, QueryEnum.Parse<CommendationType>(commendationType, nameof(commendationType)) ?? CommendationType.Merit, on)),
            cancellationToken));
}
