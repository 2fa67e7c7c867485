using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Http;
using ThiDua.Api.Security;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Documents;
using ThiDua.Application.Documents.GetDocument;
using ThiDua.Application.Documents.GetDocumentContent;
using ThiDua.Application.Documents.ListDocuments;
using ThiDua.Application.Documents.UploadDocument;
using ThiDua.Domain.Common;
using ThiDua.Domain.Documents;

namespace ThiDua.Api.Endpoints.Documents;

/// <summary>Stored documents (văn bản): Decree 30/2020/NĐ-CP metadata, the PDF kept immutably, its signatures verified (ADR 0023).</summary>
public sealed class DocumentEndpoints : IEndpointGroup
{
    /// <summary>The form field of the metadata (JSON).</summary>
    public const string MetadataField = "metadata";

    /// <summary>The form field of the PDF.</summary>
    public const string FileField = "file";

    /// <summary>Errors of the API layer for uploads (ADR 0018).</summary>
    public static readonly ApiError FileTooLarge =
        new("document.file_too_large", StatusCodes.Status413PayloadTooLarge, new(
            "Tệp văn bản vượt quá dung lượng cho phép (Documents:MaxFileBytes).",
            "The document's file exceeds the allowed size (Documents:MaxFileBytes)."));

    public static string Resource => "documents";

    public static string Tag => "Documents";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var options = ((IEndpointRouteBuilder)group).ServiceProvider.GetRequiredService<IOptions<DocumentOptions>>().Value;

        group.MapGet("", ListDocuments)
            .WithName(nameof(ListDocuments))
            .WithSummary("List and search documents")
            .WithDescription("Newest issued first; keyset pagination with `limit` (1-200, default 50) and `cursor`. Filters: `agencyCode` (the issuer's electronic identifier code), `type`, `number`, `issuedFrom`/`issuedTo` (inclusive). `q` matches the subject (trích yếu), number/notation and agency name ignoring case and Vietnamese diacritics (`khen thuong` finds `khen thưởng`).")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Read);

        group.MapPost("", UploadDocument)
            .WithName(nameof(UploadDocument))
            .Accepts<DocumentUploadForm>("multipart/form-data")
            .Errors(DocumentErrors.Duplicate, DocumentErrors.NotPdf, DocumentErrors.EmptyFile, FileTooLarge, FrameworkErrors.UnsupportedMediaType)
            .WithSummary("Store a document: its metadata and, optionally, its signed PDF")
            .WithDescription(
                "`multipart/form-data` with a `metadata` part (JSON: the metadata of Decree 30/2020/NĐ-CP, Appendix VI, schema `DocumentMetadataRequest`) and an optional `file` part (the PDF). Without `file` only the metadata is recorded. "
                + "The file is recognised as a PDF by its content (`%PDF-`), never by its name (`document.not_pdf`, 422); it is kept unchanged with its SHA-256, and its embedded signatures (PAdES/CMS over `/ByteRange`) are verified once, at upload: integrity, coverage of the whole file, the certificate's validity at signing and its chain to the configured trust anchors. An unsigned or badly signed file is stored and reported as such (`signaturesStatus`, `signatures[].status`). "
                + $"A file above `Documents:MaxFileBytes` (default {DocumentOptions.DefaultMaxFileBytes / (1024 * 1024)} MiB) gets 413 `document.file_too_large`; a body above that plus {DocumentOptions.MetadataAllowanceBytes / 1024} KiB is refused before it is read (413 `request.too_large`). "
                + "A document with the same agency code, number, notation, issued date and type is a duplicate: 409 `document.duplicate`, whose problem carries `existingId`, the stored document's id. The same metadata with the same bytes (or, both, no file) is a retry: 200 with the stored document instead of 201.")
            .WithMetadata(new UploadSizeLimit(options.MaxUploadBytes))
            .DisableAntiforgery()
            .Produces<DocumentDetailsDto>(StatusCodes.Status201Created)
            .Produces<DocumentDetailsDto>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapGet("{documentId:guid}", GetDocument)
            .WithName(nameof(GetDocument))
            .Errors(NotFoundErrors.Document)
            .WithSummary("Get a document's metadata, file hash and size, and signature checks")
            .WithDescription("Returns an `ETag`; send it back in `If-None-Match` to get 304. Documents never change once stored.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapGet("{documentId:guid}/content", GetDocumentContent)
            .WithName(nameof(GetDocumentContent))
            .Errors(NotFoundErrors.Document, DocumentErrors.NoFile)
            .WithSummary("Download a document's PDF")
            .WithDescription("The bytes as stored. `ETag` is the quoted SHA-256 (`If-None-Match` gives 304); `Content-Disposition` is an attachment with the file's name (RFC 6266, `filename*` in UTF-8 for Vietnamese names); `Range` requests get 206 (`Accept-Ranges: bytes`). A document stored with metadata only has no content (`document.no_file`, 404).")
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.PdfContentType)
            .Produces(StatusCodes.Status206PartialContent, contentType: DocumentFile.PdfContentType)
            .Produces(StatusCodes.Status304NotModified)
            .Produces(StatusCodes.Status416RangeNotSatisfiable)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);
    }

    public static async Task<Ok<Page<DocumentSummaryDto>>> ListDocuments(
        ISender sender,
        CancellationToken cancellationToken,
        string? q = null,
        string? agencyCode = null,
        [QueryEnum<DocumentType>] string? type = null,
        string? number = null,
        DateOnly? issuedFrom = null,
        DateOnly? issuedTo = null,
        int limit = PageRequest.DefaultLimit,
        string? cursor = null)
    {
        var query = new ListDocumentsQuery(
            q,
            agencyCode,
            QueryEnum.Parse<DocumentType>(type, nameof(type)),
            number,
            issuedFrom,
            issuedTo,
            new PageRequest(limit, cursor));
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }

    public static async Task<Results<Created<DocumentDetailsDto>, Ok<DocumentDetailsDto>>> UploadDocument(
        HttpContext context, ISender sender, IOptions<DocumentOptions> options, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(json);
        if (!context.Request.HasFormContentType
            || !MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new ApiProblemException(FrameworkErrors.UnsupportedMediaType, new LocalizedText(
                "Tải văn bản lên bằng multipart/form-data, gồm phần metadata (JSON) và phần file (PDF, không bắt buộc).",
                "Upload documents as multipart/form-data with a metadata part (JSON) and an optional file part (PDF)."));
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var metadata = ReadMetadata(form, json.Value.SerializerOptions);
        var file = ReadFile(form, options.Value.MaxFileBytes);
        byte[]? content = null;
        if (file is not null)
        {
            content = new byte[file.Length];
            await using var stream = file.OpenReadStream();
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        var (document, created) = await sender.Send(
            new UploadDocumentCommand(
                metadata.AgencyCode ?? string.Empty,
                metadata.AgencyName ?? string.Empty,
                metadata.Number ?? string.Empty,
                metadata.Notation ?? string.Empty,
                metadata.IssuedOn ?? default,
                metadata.Type ?? default,
                metadata.Subject ?? string.Empty,
                metadata.SignerPosition ?? string.Empty,
                metadata.SignerName ?? string.Empty,
                metadata.PageCount,
                metadata.Recipients,
                metadata.EOfficeId,
                content,
                file?.FileName),
            cancellationToken);
        ETags.TagAnswerWithVersion(context, document.Version);
        return created
            ? TypedResults.Created($"/api/v1/documents/{document.Id}", document)
            : TypedResults.Ok(document);
    }

    public static async Task<ContentTagged<DocumentDetailsDto>> GetDocument(Guid documentId, ISender sender, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var document = await sender.Send(new GetDocumentQuery(documentId), cancellationToken);
        return ETags.OkOrNotModifiedByVersionAndContent(document.Version, document, json.Value.SerializerOptions);
    }

    public static async Task<FileContentHttpResult> GetDocumentContent(Guid documentId, ISender sender, CancellationToken cancellationToken)
    {
        var content = await sender.Send(new GetDocumentContentQuery(documentId), cancellationToken);

        // Results.File answers If-None-Match (304), If-Range and Range (206, 416) from the tag and the bytes, and writes
        // Content-Disposition with both filename and filename* (RFC 6266, RFC 8187) for Vietnamese names.
        return TypedResults.File(
            content.Bytes,
            content.ContentType,
            fileDownloadName: content.FileName,
            lastModified: content.CreatedAt,
            entityTag: new EntityTagHeaderValue($"\"{content.Sha256}\""),
            enableRangeProcessing: true);
    }

    private static DocumentMetadataRequest ReadMetadata(IFormCollection form, JsonSerializerOptions options)
    {
        var text = form[MetadataField].ToString();
        if (form[MetadataField].Count != 1 || string.IsNullOrWhiteSpace(text))
        {
            throw new ValidationException([new ValidationFailure(MetadataField, new LocalizedText(
                "Cần đúng một phần metadata chứa thông tin văn bản dạng JSON.",
                "Exactly one metadata part, holding the document's metadata as JSON, is required.").Current)]);
        }

        try
        {
            return JsonSerializer.Deserialize<DocumentMetadataRequest>(text, options)
                ?? throw new JsonException("The metadata is null.", "$", null, null);
        }
        catch (JsonException e)
        {
            throw new BadHttpRequestException("The metadata part is not valid JSON.", StatusCodes.Status400BadRequest, e);
        }
    }

    private static IFormFile? ReadFile(IFormCollection form, long maxFileBytes)
    {
        if (form.Files.Count == 0)
        {
            return null;
        }

        if (form.Files.Count > 1 || form.Files[0].Name != FileField)
        {
            throw new ValidationException([new ValidationFailure(FileField, new LocalizedText(
                "Chỉ gửi một tệp, trong phần có tên file.",
                "Send one file only, in the part named file.").Current)]);
        }

        var file = form.Files[0];
        if (file.Length > maxFileBytes)
        {
            throw new ApiProblemException(FileTooLarge, new LocalizedText(
                $"Tệp văn bản có {file.Length} byte, vượt quá dung lượng cho phép là {maxFileBytes} byte.",
                $"The document's file has {file.Length} bytes, more than the allowed {maxFileBytes} bytes."));
        }

        return file;
    }

    /// <summary>The upload's own body limit, above the API's default (<see cref="ErrorHandling.RequestSizeLimitMiddleware"/> reads it).</summary>
    internal sealed record UploadSizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}
