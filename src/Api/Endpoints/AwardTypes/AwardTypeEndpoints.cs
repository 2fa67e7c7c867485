using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Http;
using ThiDua.Api.Security;
using ThiDua.Application.AwardTypes;
using ThiDua.Application.AwardTypes.GetAwardType;
using ThiDua.Application.AwardTypes.ListAwardTypes;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.AwardTypes;

namespace ThiDua.Api.Endpoints.AwardTypes;

/// <summary>The catalogue of emulation titles and commendation forms (danh hiệu thi đua, hình thức khen thưởng).</summary>
public sealed class AwardTypeEndpoints : IEndpointGroup
{
    public static string Resource => "award-types";

    public static string Tag => "Award types";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("", ListAwardTypes)
            .WithName(nameof(ListAwardTypes))
            .WithSummary("List award types with the rules in force on a date")
            .WithDescription("By code; `recipientKind=individual|collective`; `on` (YYYY-MM-DD, default today in Vietnam) selects the rule set, whose bonus coefficient, bonus in VND (coefficient × base salary, rounded up to 10,000 VND) and council vote threshold are returned.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Read);

        group.MapGet("{code}", GetAwardType)
            .WithName(nameof(GetAwardType))
            .Errors(NotFoundErrors.AwardType)
            .WithSummary("Get an award type with the rules in force on a date")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);
    }

    public static async Task<Ok<Page<AwardTypeDto>>> ListAwardTypes(
        ISender sender,
        CancellationToken cancellationToken,
        [QueryEnum<RecipientKind>] string? recipientKind = null,
        DateOnly? on = null,
        int limit = PageRequest.DefaultLimit,
        string? cursor = null) =>
        TypedResults.Ok(await sender.Send(
            new ListAwardTypesQuery(QueryEnum.Parse<RecipientKind>(recipientKind, nameof(recipientKind)), on, new PageRequest(limit, cursor)), cancellationToken));

    public static async Task<Ok<AwardTypeDto>> GetAwardType(string code, ISender sender, CancellationToken cancellationToken, DateOnly? on = null) =>
        TypedResults.Ok(await sender.Send(new GetAwardTypeQuery(code, on), cancellationToken));
}
