using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Http;
using ThiDua.Api.Security;
using ThiDua.Application.Audit.ListAuditEntries;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Common;

namespace ThiDua.Api.Endpoints.Audit;

/// <summary>The append-only change history.</summary>
public sealed class AuditEndpoints : IEndpointGroup
{
    public static string Resource => "audit";

    public static string Tag => "Audit";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("", ListAuditEntries)
            .WithName(nameof(ListAuditEntries))
            .Errors(AccessGuard.OutsideAuthority.Because("a council passes the resourceId of a unit or cluster under its authority"), NotFoundErrors.Resource.Because("no unit or cluster has that resourceId"))
            .WithSummary("Change history, newest first (admin and council only)")
            .WithDescription("Each entry: who (token subject and name), when, which operation, which resource, the changed values and the resource's state after the change. `recordedAs` is `history` for a change entered in historical record mode, with the act's real date and source document in `historical`; filter with `recordedAs=history|live`.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Audit);
    }

    public static async Task<Ok<Page<AuditEntryDto>>> ListAuditEntries(
        ISender sender,
        CancellationToken cancellationToken,
        Guid? resourceId = null,
        string? resourceType = null,
        int limit = PageRequest.DefaultLimit,
        string? cursor = null,
        [QueryEnum<RecordingMode>] string? recordedAs = null) =>
        TypedResults.Ok(await sender.Send(
            new ListAuditEntriesQuery(resourceId, resourceType, new PageRequest(limit, cursor), QueryEnum.Parse<RecordingMode>(recordedAs, nameof(recordedAs))),
            cancellationToken));
}
