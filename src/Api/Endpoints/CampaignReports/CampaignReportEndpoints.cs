using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Http;
using ThiDua.Api.Security;
using ThiDua.Application.CampaignReports;
using ThiDua.Application.CampaignReports.GetReport;
using ThiDua.Application.CampaignReports.ListReports;
using ThiDua.Application.CampaignReports.SubmitReport;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.CampaignReports;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Api.Endpoints.CampaignReports;

/// <summary>Units' phase reports (sơ kết đợt) and final reports (tổng kết) in a campaign.</summary>
public sealed class CampaignReportEndpoints : IEndpointGroup
{
    private const string SubmitDescription =
        "201 when first submitted, 200 when revised; changes are allowed until the campaign closes, and a revision passes the same scope and unit checks as the first submission. Phases are numbered from 1 (`phase-0` is no route: 404 `resource.not_found`). A unit officer reports only for their own unit (`auth.other_unit`, 403); a council, for units under its authority (`auth.outside_authority`, 403); in a cluster's campaign the cluster's head unit may also report for its members. An indicator against a content with a target must use the target's unit of measure, and a report holds at most one value against each targeted content (`report.duplicate_indicator`); its `targetMet` follows the target's `direction` (`atLeast`: value ≥ target; `atMost`: value ≤ target). Honours `If-Match` with the report's version (412). As history: dated from the launch letter on (a phase's report from the phase's start), not in the future; a report entered as history is revised only as history." + HistoryDocs.Codes;

    public static string Resource => "campaigns";

    public static string Tag => "Campaign reports";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("{campaignId:guid}/reports", ListReports)
            .WithName(nameof(ListReports))
            .Errors(NotFoundErrors.Campaign)
            .WithSummary("List a campaign's reports, optionally of one unit (`unitId`) and period (`period=phase-1|final`)")
            .WithDescription("In the order they were first submitted; keyset pagination (`limit`, `cursor`). Indicator totals are in the campaign summary.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        Submission(group.MapPut("{campaignId:guid}/reports/{unitId:guid}/phase-{phaseNumber:int:min(1)}", SubmitPhaseReport), nameof(SubmitPhaseReport), "Submit or revise a unit's report for a phase");
        Submission(group.MapPut("{campaignId:guid}/reports/{unitId:guid}/final", SubmitFinalReport), nameof(SubmitFinalReport), "Submit or revise a unit's final report");

        group.MapGet("{campaignId:guid}/reports/{unitId:guid}/phase-{phaseNumber:int:min(1)}", GetPhaseReport)
            .WithName(nameof(GetPhaseReport))
            .Errors(NotFoundErrors.Campaign, NotFoundErrors.Report)
            .WithSummary("Get a unit's report for a phase, with each indicator measured against its content's target")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapGet("{campaignId:guid}/reports/{unitId:guid}/final", GetFinalReport)
            .WithName(nameof(GetFinalReport))
            .Errors(NotFoundErrors.Campaign, NotFoundErrors.Report)
            .WithSummary("Get a unit's final report, with each indicator measured against its content's target")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);
    }

    public static async Task<Ok<Page<ReportSummaryDto>>> ListReports(
        Guid campaignId,
        ISender sender,
        CancellationToken cancellationToken,
        Guid? unitId = null,
        [QueryPattern(ReportPeriod.Pattern)] string? period = null,
        int limit = PageRequest.DefaultLimit,
        string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListReportsQuery(campaignId, unitId, period, new PageRequest(limit, cursor)), cancellationToken));

    public static Task<Results<Created<ReportDto>, Ok<ReportDto>>> SubmitPhaseReport(
        Guid campaignId, Guid unitId, int phaseNumber, ReportRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
        SubmitAsync(campaignId, unitId, phaseNumber, request, context, sender, cancellationToken);

    public static Task<Results<Created<ReportDto>, Ok<ReportDto>>> SubmitFinalReport(
        Guid campaignId, Guid unitId, ReportRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken) =>
        SubmitAsync(campaignId, unitId, null, request, context, sender, cancellationToken);

    public static Task<ContentTagged<ReportDto>> GetPhaseReport(
        Guid campaignId, Guid unitId, int phaseNumber, ISender sender, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        GetAsync(campaignId, unitId, phaseNumber, sender, json, cancellationToken);

    public static Task<ContentTagged<ReportDto>> GetFinalReport(
        Guid campaignId, Guid unitId, ISender sender, IOptions<JsonOptions> json, CancellationToken cancellationToken) =>
        GetAsync(campaignId, unitId, null, sender, json, cancellationToken);

    /// <summary>What both report submissions declare (mapped at the call site, so that its delegate is generated at build time).</summary>
    private static void Submission(RouteHandlerBuilder endpoint, string name, string summary) =>
        endpoint
            .WithName(name)
            .Errors(NotFoundErrors.Resource, AccessGuard.OtherUnit, AccessGuard.OutsideAuthority, ReportErrors.DuplicateIndicator, NotFoundErrors.Campaign, NotFoundErrors.Unit, ReportErrors.UnitOutOfScope, ReportErrors.UnitNotActive, ReportErrors.UnknownPhase, ReportErrors.PhaseNotStarted, ReportErrors.UnknownContent, ReportErrors.IndicatorUnitMismatch, CampaignErrors.NotLaunched, CampaignErrors.Closed, ConflictException.Concurrency.Because("also when another request submits the same report at the same time"))
            .Errors(HistoryDocs.Errors)
            .WithSummary(summary)
            .WithDescription(SubmitDescription)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

    private static async Task<Results<Created<ReportDto>, Ok<ReportDto>>> SubmitAsync(
        Guid campaignId, Guid unitId, int? phaseNumber, ReportRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (report, created) = await sender.Send(
            new SubmitReportCommand(campaignId, unitId, phaseNumber, request.Narrative ?? string.Empty, request.Indicators, ETags.ExpectedVersion(context.Request), request.Historical?.ToInput()),
            cancellationToken);
        ETags.TagAnswerWithVersion(context, report.Version);
        return created
            ? TypedResults.Created($"/api/v1/campaigns/{campaignId}/reports/{unitId}/{ReportPeriod.Name(phaseNumber)}", report)
            : TypedResults.Ok(report);
    }

    private static async Task<ContentTagged<ReportDto>> GetAsync(
        Guid campaignId, Guid unitId, int? phaseNumber, ISender sender, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new GetReportQuery(campaignId, unitId, phaseNumber), cancellationToken);
        return ETags.OkOrNotModifiedByVersionAndContent(report.Version, report, json.Value.SerializerOptions);
    }
}
