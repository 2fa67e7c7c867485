using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Api.Endpoints.People;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Http;
using ThiDua.Api.Security;
using ThiDua.Application.Awards;
using ThiDua.Application.Awards.GetAwardById;
using ThiDua.Application.Awards.RevokeAward;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Awards;

namespace ThiDua.Api.Endpoints.Awards;

/// <summary>Awards in the history of people and units, and their revocation (hủy bỏ).</summary>
public sealed class AwardEndpoints : IEndpointGroup
{
    public static string Resource => "awards";

    public static string Tag => "Award history";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
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

    public static async Task<Results<Ok<AwardRecordDto>, StatusCodeHttpResult>> GetAward(Guid awardId, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var award = await sender.Send(new GetAwardByIdQuery(awardId), cancellationToken);
        return ETags.SetAndCheckNotModified(context, award.Version) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : TypedResults.Ok(award);
    }

    public static async Task<Ok<AwardRecordDto>> RevokeAward(Guid awardId, RevokeAwardRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var award = await sender.Send(
            new RevokeAwardCommand(awardId, request.Ground ?? default, request.Decision?.ToInput()!, request.Reason, ETags.ExpectedVersion(context.Request)),
            cancellationToken);
        ETags.SetAndCheckNotModified(context, award.Version);
        return TypedResults.Ok(award);
    }
}
