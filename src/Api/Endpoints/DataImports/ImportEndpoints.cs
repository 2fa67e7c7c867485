using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using ThiDua.Api.DataImports;
using ThiDua.Api.Endpoints.Documents;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Security;
using ThiDua.Application.DataImports;
using ThiDua.Application.DataImports.GetImport;
using ThiDua.Application.DataImports.GetImportTemplate;
using ThiDua.Application.DataImports.StartImport;
using ThiDua.Domain.Common;

namespace ThiDua.Api.Endpoints.DataImports;

/// <summary>Excel imports of units, staff, yearly ratings and award history from the spreadsheets units keep today (ADR 0033).</summary>
public sealed class ImportEndpoints : IEndpointGroup
{
    /// <summary>The form field of the workbook.</summary>
    public const string FileField = "file";

    /// <summary>Errors of the API layer for uploads (ADR 0018).</summary>
    public static readonly ApiError FileTooLarge =
        new("import.file_too_large", StatusCodes.Status413PayloadTooLarge, new(
            "Tệp nhập liệu vượt quá dung lượng cho phép (Imports:MaxFileBytes).",
            "The import file exceeds the allowed size (Imports:MaxFileBytes)."));

    public static string Resource => "imports";

    public static string Tag => "Imports";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var options = ((IEndpointRouteBuilder)group).ServiceProvider.GetRequiredService<ImportOptions>();

        group.MapGet("template", GetImportTemplate)
            .WithName(nameof(GetImportTemplate))
            .WithSummary("Download the import template (xlsx)")
            .WithDescription(
                "The workbook `POST /imports` reads, written from the same column definitions: a guide sheet (`Huong dan`) listing every column with its format, "
                + "then the sheets `Don vi` (units), `Can bo` (staff with their unit, position and start date), `Xep loai` (yearly ratings, Decree 90/2020/NĐ-CP, Article 2), "
                + "`Xep loai don vi` (collectives' yearly ratings, recorded by the unit's superior) and `Khen thuong` (award history: past awards of people — by citizen id, civil-servant code or row of `Can bo` — and of collectives, from their decisions), "
                + "each with its Vietnamese headers in row 1 (required ones marked `(*)`) and its columns formatted as text.")
            .Produces(StatusCodes.Status200OK, contentType: ImportTemplate.ContentType)
            .RequireAuthorization(Policies.Read);

        group.MapPost("", StartImport)
            .WithName(nameof(StartImport))
            .Accepts<ImportUploadForm>("multipart/form-data")
            .Errors(ImportErrors.NotXlsx, ImportErrors.MissingSheet, ImportErrors.MissingHeader, ImportErrors.EmptyFile, ImportErrors.TooManyRows, FileTooLarge, FrameworkErrors.UnsupportedMediaType)
            .WithSummary("Upload a workbook to import units, staff, yearly ratings and award history")
            .WithDescription(
                "`multipart/form-data` with one `file` part: an xlsx laid out as the template (`GET /imports/template`). The file is checked as a whole at once: "
                + "an xlsx by its content (`import.not_xlsx`), every sheet of the template (`import.missing_sheet`) with its required headers in row 1 (`import.missing_header`), "
                + "at least one data row (`import.empty_file`) and at most `Imports:MaxRows` (`import.too_many_rows`). "
                + $"A file above `Imports:MaxFileBytes` (default {ImportOptions.DefaultMaxFileBytes / (1024 * 1024)} MiB) gets 413 `import.file_too_large`. "
                + "The import then runs as a job: 202 Accepted with `Location: /api/v1/imports/{id}` to follow it. Every row goes through the single-record commands' validation, access rules and domain rules, "
                + "with the caller's authority; the whole import is written in one transaction, or — if any cell has an error — not at all. "
                + "Past awards are entered as the single-record award import enters them: marked as history with their decision, source `imported`, no certificate number. "
                + "The same bytes uploaded again by the same caller — also at the same instant — answer 200 with the import they started (idempotent by SHA-256), unless that import failed: a failed file may be uploaded again once the data it needs exists.")
            .WithMetadata(new DocumentEndpoints.UploadSizeLimit(options.MaxUploadBytes))
            .DisableAntiforgery()
            .Produces<ImportDto>(StatusCodes.Status202Accepted)
            .Produces<ImportDto>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapGet("{importId:guid}", GetImport)
            .WithName(nameof(GetImport))
            .Errors(ImportErrors.NotFound)
            .WithSummary("Follow an import: status, progress counts and errors per cell")
            .WithDescription(
                "`status` is `queued`, `running`, `succeeded` or `failed`; `counts` (rows read, valid, written, matched, errors) are updated while it runs. "
                + "A failed import wrote nothing: `errors` lists the cells (sheet, row, column letter and header, code, message; the first 1000, `counts.errors` counts all), "
                + "or `failure` says why the run failed as a whole (its `code`: the run was interrupted too often, or failed with a system error). Messages never quote a cell's value. "
                + "Only the caller who uploaded the file, and administrators, see an import; to others it is 404 `import.not_found`.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);
    }

    public static async Task<FileContentHttpResult> GetImportTemplate(ISender sender, CancellationToken cancellationToken)
    {
        var template = await sender.Send(new GetImportTemplateQuery(), cancellationToken);
        return TypedResults.File(template.Content, template.ContentType, template.FileName);
    }

    public static async Task<Results<Accepted<ImportDto>, Ok<ImportDto>>> StartImport(HttpContext context, ISender sender, ImportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (!context.Request.HasFormContentType
            || !MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new ApiProblemException(FrameworkErrors.UnsupportedMediaType, new LocalizedText(
                "Tải tệp nhập liệu lên bằng multipart/form-data, trong phần có tên file.",
                "Upload the import file as multipart/form-data, in the part named file."));
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        if (form.Files.Count != 1 || form.Files[0].Name != FileField)
        {
            throw new ValidationException([new ValidationFailure(FileField, new LocalizedText(
                "Gửi đúng một tệp, trong phần có tên file.",
                "Send exactly one file, in the part named file.").Current)]);
        }

        var file = form.Files[0];
        if (file.Length > options.MaxFileBytes)
        {
            throw new ApiProblemException(FileTooLarge, new LocalizedText(
                $"Tệp nhập liệu có {file.Length} byte, vượt quá dung lượng cho phép là {options.MaxFileBytes} byte.",
                $"The import file has {file.Length} bytes, more than the allowed {options.MaxFileBytes} bytes."));
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        var (import, created) = await sender.Send(new StartImportCommand(file.FileName, content), cancellationToken);
        var location = $"/api/v1/imports/{import.Id}";
        if (created)
        {
            // Once the answer is sent (the import committed), this instance's worker starts it without waiting for its poll.
            if (context.RequestServices.GetService<ImportWorker>() is { } worker)
            {
                context.Response.OnCompleted(() =>
                {
                    worker.Wake();
                    return Task.CompletedTask;
                });
            }

            return TypedResults.Accepted(location, import);
        }

        context.Response.Headers.Location = location;
        return TypedResults.Ok(import);
    }

    public static async Task<Ok<ImportDto>> GetImport(Guid importId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetImportQuery(importId), cancellationToken));
}

/// <summary>The upload form of an import: one xlsx in the part named <c>file</c>.</summary>
/// <param name="File">The workbook, laid out as the template.</param>
public sealed record ImportUploadForm(IFormFile File);
