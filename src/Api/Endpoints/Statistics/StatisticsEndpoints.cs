using Mediator;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Http;
using ThiDua.Api.Security;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Statistics;
using ThiDua.Application.Statistics.DeclareApparatusRegister;
using ThiDua.Application.Statistics.ExportStatisticalReport;
using ThiDua.Application.Statistics.GetApparatusRegister;
using ThiDua.Application.Statistics.GetStatisticalReport;
using ThiDua.Application.Statistics.ListStatisticsForms;
using ThiDua.Domain.Statistics;

namespace ThiDua.Api.Endpoints.Statistics;

/// <summary>Annual statistical reports on emulation and commendation to the Ministry of Home Affairs (ADR 0034).</summary>
public sealed class StatisticsEndpoints : IEndpointGroup
{
    public static string Resource => "statistics";

    public static string Tag => "Statistical reports";

    private const string ReportRules =
        "The report year runs from 01/12 of the previous year to 30/11 and is due on 15/12. `authority` is the reporting unit (e.g. a Sở Y tế); it defaults to the caller's own authority (an admin must name one: `statistics.authority_required`, 422). " +
        "It counts what lies in the authority's reach — the authority, the units under it and the units merged into any of them, as the award lookup reaches: movements launched in the period (by the letter's date, drafts excluded), awards decided in it and not revoked, or the authority's TĐKT apparatus register for the year (0604, 0605: `statistics.register_not_declared`, 422, until it is declared). " +
        "Only inside the caller's authority: `auth.outside_authority` (403; `auth.other_unit` for a unit officer). Unknown form: `statistics.form_not_found` (404); a year no definition of the form applies to: `statistics.no_form_for_period` (422); unknown authority: `unit.not_found` (404). " +
        "The form applied is the one in force for the period (forms are dated data); Thông tư 18/2025/TT-BNV's forms are not yet defined, so reports are made under Thông tư 02/2023/TT-BNV and `circularReason` says so.";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("forms", ListStatisticsForms)
            .WithName(nameof(ListStatisticsForms))
            .WithSummary("List the statistical report forms with their effective dates, circular, rows and columns (cell formulas as criteria)")
            .RequireAuthorization(Policies.Read);

        group.MapGet("reports/{formCode}", GetStatisticalReport)
            .WithName(nameof(GetStatisticalReport))
            .Errors(StatisticsErrors.FormNotFound, StatisticsErrors.NoFormForPeriod, StatisticsErrors.AuthorityRequired, StatisticsErrors.RegisterNotDeclared, NotFoundErrors.Unit, AccessGuard.OutsideAuthority, AccessGuard.OtherUnit)
            .WithSummary("Compute a statistical report form (0601–0605) for an authority and report year")
            .WithDescription(ReportRules + " Every cell lists the ids of the records it counts, and `records` gives each with its classifications (declared on the record or derived: see `*_source`); an award to a person shows the person's name only to callers who may read that person's personal data (`labelWithheld`), and a register's staff entry only its reference.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Read);

        group.MapGet("reports/{formCode}.xlsx", ExportStatisticalReport)
            .WithName(nameof(ExportStatisticalReport))
            .Errors(StatisticsErrors.FormNotFound, StatisticsErrors.NoFormForPeriod, StatisticsErrors.AuthorityRequired, StatisticsErrors.RegisterNotDeclared, NotFoundErrors.Unit, AccessGuard.OutsideAuthority, AccessGuard.OtherUnit)
            .WithSummary("A statistical report form as a spreadsheet (.xlsx) in the official layout")
            .WithDescription("The same report as `GET /api/v1/statistics/reports/{formCode}`, laid out as the form: the form code box, title, year and period, reporting and receiving units, Vietnamese headers with merged cells, the counts, the unit of count and the signature block (Người lập biểu / Thủ trưởng đơn vị). " + ReportRules)
            .Produces(StatusCodes.Status200OK, contentType: StatisticalReportSpreadsheet.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Read);

        group.MapGet("apparatus/{authorityId:guid}/{year:int}", GetApparatusRegister)
            .WithName(nameof(GetApparatusRegister))
            .Errors(StatisticsErrors.RegisterNotFound, AccessGuard.OutsideAuthority, AccessGuard.OtherUnit, AccessGuard.RoleNotAllowed)
            .WithSummary("Get an authority's TĐKT apparatus register for a report year (forms 0604 and 0605)")
            .WithDescription("Read by the authority's own unit officer, a council or integration client over it, or an admin.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapPut("apparatus/{authorityId:guid}/{year:int}", DeclareApparatusRegister)
            .WithName(nameof(DeclareApparatusRegister))
            .Errors(NotFoundErrors.Unit, StatisticsErrors.DuplicateApparatusEntry, AccessGuard.OutsideAuthority, AccessGuard.OtherUnit, AccessGuard.RoleNotAllowed)
            .WithSummary("Declare or replace an authority's TĐKT apparatus register for a report year (forms 0604 and 0605)")
            .WithDescription("The TĐKT organisational units and the staff doing TĐKT work as they stand on 30/11 of the year; staff anonymously (gender, birth year, education, first year in TĐKT work, dedicated or part-time). 201 when first declared, 200 when replaced. The authority's own unit officer, a council or integration client over it, or an admin. References are unique in each list (`statistics.duplicate_apparatus_entry`, 422). Honours `If-Match` with the register's version (412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);
    }

    public static async Task<Ok<IReadOnlyList<StatisticsFormDto>>> ListStatisticsForms(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListStatisticsFormsQuery(), cancellationToken));

    public static async Task<Ok<StatisticalReportDto>> GetStatisticalReport(string formCode, int year, ISender sender, CancellationToken cancellationToken, Guid? authority = null) =>
        TypedResults.Ok(await sender.Send(new GetStatisticalReportQuery(formCode, year, authority), cancellationToken));

    public static async Task<FileContentHttpResult> ExportStatisticalReport(string formCode, int year, ISender sender, CancellationToken cancellationToken, Guid? authority = null)
    {
        var file = await sender.Send(new ExportStatisticalReportQuery(formCode, year, authority), cancellationToken);
        return TypedResults.File(file.Content, StatisticalReportSpreadsheet.ContentType, file.FileName);
    }

    public static async Task<ContentTagged<ApparatusRegisterDto>> GetApparatusRegister(
        Guid authorityId, int year, ISender sender, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var register = await sender.Send(new GetApparatusRegisterQuery(authorityId, year), cancellationToken);
        return ETags.OkOrNotModifiedByVersionAndContent(register.Version, register, json.Value.SerializerOptions);
    }

    public static async Task<Results<Created<ApparatusRegisterDto>, Ok<ApparatusRegisterDto>>> DeclareApparatusRegister(
        Guid authorityId, int year, ApparatusRegisterRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (register, created) = await sender.Send(
            new DeclareApparatusRegisterCommand(authorityId, year, request.Units ?? [], request.Staff ?? [], ETags.ExpectedVersion(context.Request)),
            cancellationToken);
        ETags.TagAnswerWithVersion(context, register.Version);
        return created
            ? TypedResults.Created($"/api/v1/statistics/apparatus/{authorityId}/{year}", register)
            : TypedResults.Ok(register);
    }
}
