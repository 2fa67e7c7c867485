using Asp.Versioning.Builder;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Security;
using ThiDua.Application.Certificates;
using ThiDua.Application.Certificates.GetCertificate;
using ThiDua.Application.Certificates.GetCertificatePdf;
using ThiDua.Application.Certificates.ListCertificateTemplates;
using ThiDua.Application.Certificates.ReissueCertificate;
using ThiDua.Application.Certificates.VerifyCertificate;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Certificates;

namespace ThiDua.Api.Endpoints.Certificates;

/// <summary>The certificate register of an award (sổ vàng, bằng khen, giấy khen): read, print as PDF, reissue (ADR 0027).</summary>
public sealed class CertificateEndpoints : IEndpointGroup
{
    public const string PdfContentType = "application/pdf";

    public static string Resource => "awards";

    public static string Tag => "Certificates";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("{awardId:guid}/certificate", GetCertificate)
            .WithName(nameof(GetCertificate))
            .Errors(NotFoundErrors.Award, CertificateErrors.NotFound)
            .WithSummary("Get an award's certificate: register numbers, printed content, status and verification link")
            .WithDescription("Every award decided in this system is entered in its issuer's register when the decision is recorded: a gold-book number (số sổ vàng) and a certificate number, per issuing body and calendar year, from 1 and without gaps. `current` is the certificate in force; `earlier` lists those a reissue replaced. An imported past award has no certificate here (`certificate.not_found`).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapGet("{awardId:guid}/certificate.pdf", GetCertificatePdf)
            .WithName(nameof(GetCertificatePdf))
            .Errors(NotFoundErrors.Award, CertificateErrors.NotFound, CertificateErrors.AwardRevoked)
            .WithSummary("Print the award's current certificate as PDF")
            .WithDescription("Laid out on the template for the award (sizes and positions in millimetres: `GET /api/v1/certificate-templates`), Vietnamese font embedded, QR code of the public verification URL. `blank=true` prints only what pre-printed blanks (phôi) leave empty: the motto, issuer, form name and \"Tặng\" are left out. A revoked award's certificate is not printed (`certificate.award_revoked`, 409).")
            .Produces(StatusCodes.Status200OK, contentType: PdfContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.Read);

        group.MapPost("{awardId:guid}/certificate/reissue", ReissueCertificate)
            .WithName(nameof(ReissueCertificate))
            .Errors(NotFoundErrors.Award, CertificateErrors.NotFound, AccessGuard.OutsideAuthority, AccessGuard.RoleNotAllowed, CertificateErrors.AwardRevoked, CertificateErrors.AlreadySuperseded)
            .WithSummary("Reissue (cấp lại) the award's certificate with a reason")
            .WithDescription("For a lost or damaged certificate (Circular 20/2025/TT-BNV, form 2.4): a new certificate number from the issuer's register of the decision's year, the same gold-book number, a new verification link, printed \"CẤP LẠI\"; the replaced certificate then verifies as `superseded`. By the authority that decided the award: an admin or a council strictly above the dossier's proposing unit (`auth.outside_authority`, 403). Not for a revoked award (409).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.Write);
    }

    public static async Task<Ok<AwardCertificatesDto>> GetCertificate(Guid awardId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetCertificateQuery(awardId), cancellationToken));

    public static async Task<FileContentHttpResult> GetCertificatePdf(Guid awardId, ISender sender, CancellationToken cancellationToken, bool blank = false)
    {
        var pdf = await sender.Send(new GetCertificatePdfQuery(awardId, blank), cancellationToken);
        return TypedResults.File(pdf.Content, PdfContentType, pdf.FileName);
    }

    public static async Task<Ok<AwardCertificatesDto>> ReissueCertificate(Guid awardId, ReissueCertificateRequest request, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TypedResults.Ok(await sender.Send(new ReissueCertificateCommand(awardId, request.Reason!), cancellationToken));
    }
}

/// <summary>Why the certificate is reissued (lost, damaged…).</summary>
public sealed record ReissueCertificateRequest(string? Reason);

/// <summary>The certificate layout templates, as data.</summary>
public sealed class CertificateTemplateEndpoints : IEndpointGroup
{
    public static string Resource => "certificate-templates";

    public static string Tag => "Certificates";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("", ListCertificateTemplates)
            .WithName(nameof(ListCertificateTemplates))
            .WithSummary("List the certificate layout templates (page size and field positions in millimetres)")
            .WithDescription("One template per issuer level and award type: ministry/province 400 × 300 mm, Prime Minister 450 × 350 mm (Decree 50/2006/NĐ-CP Art. 28 as published; not re-verified), grassroots A4 landscape (no source found: configurable). Fields marked `preprinted` are left out when printing on pre-printed blanks.")
            .RequireAuthorization(Policies.Read);
    }

    public static async Task<Ok<IReadOnlyList<CertificateTemplateDto>>> ListCertificateTemplates(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListCertificateTemplatesQuery(), cancellationToken));
}

/// <summary>The public verification of a certificate's QR code: <c>GET /verify/{token}</c>, without authentication.</summary>
public static class CertificateVerificationEndpoint
{
    public const string Route = "/verify/{code}";

    public static WebApplication MapCertificateVerification(this WebApplication app, ApiVersionSet versions)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Route, VerifyCertificate)
            .WithApiVersionSet(versions)
            .IsApiVersionNeutral()
            .WithTags("Certificates")
            .WithName(nameof(VerifyCertificate))
            .Errors(CertificateErrors.NotFound)
            .WithSummary("Verify a certificate from its QR code (public)")
            .WithDescription("No authentication. Answers only the recipient's name, the award, the decision's number and date, and the status: `valid`, `revoked` (the award was annulled) or `superseded` (a reissue replaced this certificate). An unknown or malformed code is 404 `certificate.not_found`. Rate-limited per client address more strictly than the API (`RateLimiting:VerifyPermitsPerMinute`, default 30).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();
        return app;
    }

    /// <summary>The verification code is 128 random bits (base64url), as printed in the certificate's QR code.</summary>
    public static async Task<Ok<CertificateVerificationDto>> VerifyCertificate(string code, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new VerifyCertificateQuery(code), cancellationToken));
}
