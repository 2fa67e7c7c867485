using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ThiDua.Api.Endpoints.Documents;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Documents;
using ThiDua.Domain.Documents;

namespace ThiDua.Api.FunctionalTests.Documents;

public sealed class DocumentTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private static object Metadata(
        string number = "45",
        string notation = "QĐ-SYT",
        string agencyCode = "000.00.00.H56",
        DocumentType type = DocumentType.Decision,
        string issuedOn = "2026-11-20",
        string subject = "Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc năm 2026",
        string[]? recipients = null) => new
        {
            agencyCode,
            agencyName = "Sở Y tế tỉnh Thanh Hóa",
            number,
            notation,
            issuedOn,
            type = ThiDua.Api.Http.EnumNaming.Policy.ConvertName(type.ToString()),
            subject,
            signerPosition = "Giám đốc",
            signerName = "Nguyễn Văn An",
            pageCount = 2,
            recipients = recipients ?? ["Như Điều 3", "Lưu: VT, TĐKT"],
            eOfficeId = "VB-2026-000045",
        };

    private static MultipartFormDataContent Form(object metadata, byte[]? file = null, string fileName = "qd-45-syt.pdf") =>
        TestDocuments.Form(metadata, file, fileName);

    private async Task<HttpResponseMessage> UploadAsync(object metadata, byte[]? file = null, string fileName = "qd-45-syt.pdf", HttpClient? client = null) =>
        await (client ?? Admin).PostAsync("/api/v1/documents", Form(metadata, file, fileName), Ct);

    private async Task<DocumentDetailsDto> UploadCreatedAsync(object metadata, byte[]? file = null)
    {
        var response = await UploadAsync(metadata, file);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await ReadAsync<DocumentDetailsDto>(response);
    }

    [Fact]
    public async Task EightIdenticalUploadsAtOnce_StoreOneDocument_AndTheOthersGetItBack()
    {
        // An e-office system retrying before its first attempt answered: the uploads wait for each other (ADR 0029).
        var pdf = TestPdfs.Sign(TestPdfs.Create(), TestPki.Signer);
        using var start = new SemaphoreSlim(0);
        var tasks = Enumerable.Range(0, 8).Select(async _ =>
        {
            await start.WaitAsync(Ct);
            return await UploadAsync(Metadata(), pdf);
        }).ToList();
        start.Release(8);
        var responses = await Task.WhenAll(tasks);

        responses.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.OK, .. Enumerable.Repeat(HttpStatusCode.OK, 6), HttpStatusCode.Created]);
        var ids = new HashSet<Guid>();
        foreach (var response in responses)
        {
            ids.Add((await ReadAsync<DocumentDetailsDto>(response)).Id);
        }

        ids.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Upload_SignedByTrustedCa_IsStoredWithItsHashAndAValidSignature()
    {
        var pdf = TestPdfs.Sign(TestPdfs.Create(), TestPki.Signer);

        var response = await UploadAsync(Metadata(), pdf);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        var document = await ReadAsync<DocumentDetailsDto>(response);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/documents/{document.Id}");
        document.AgencyCode.ShouldBe("000.00.00.H56");
        document.Notation.ShouldBe("QĐ-SYT");
        document.Recipients.ShouldBe(["Như Điều 3", "Lưu: VT, TĐKT"]);
        document.EOfficeId.ShouldBe("VB-2026-000045");
        document.File!.Sha256.ShouldBe(TestPdfs.Sha256(pdf));
        document.File.Size.ShouldBe(pdf.Length);
        document.File.FileName.ShouldBe("qd-45-syt.pdf");
        document.SignaturesStatus.ShouldBe(DocumentSignaturesStatus.Valid);
        var signature = document.Signatures.ShouldHaveSingleItem();
        signature.Status.ShouldBe(SignatureStatus.Valid, signature.Detail);
        signature.SignerName.ShouldBe("Nguyễn Văn An");
        signature.IntegrityValid.ShouldBeTrue();
        signature.CoversWholeFile.ShouldBeTrue();
        signature.ChainTrusted.ShouldBeTrue();
        signature.CertificateValidAtSigning.ShouldBeTrue();
        signature.SignedAt.ShouldNotBeNull();

        var read = await ReadAsync<DocumentDetailsDto>(await Admin.GetAsync($"/api/v1/documents/{document.Id}", Ct));
        read.ShouldBeEquivalentTo(document);
    }

    [Fact]
    public async Task Upload_SignedUnderAnUntrustedCa_IsRecordedUntrusted()
    {
        var document = await UploadCreatedAsync(Metadata(), TestPdfs.Sign(TestPdfs.Create(), TestPki.UntrustedSigner));

        document.SignaturesStatus.ShouldBe(DocumentSignaturesStatus.Invalid);
        var signature = document.Signatures.ShouldHaveSingleItem();
        signature.Status.ShouldBe(SignatureStatus.Untrusted);
        signature.IntegrityValid.ShouldBeTrue();
        signature.ChainTrusted.ShouldBeFalse();
        signature.SignerName.ShouldBe("Lê Văn Cường");
    }

    [Fact]
    public async Task Upload_ModifiedAfterSigning_IsRecordedTampered()
    {
        var pdf = TestPdfs.Tamper(TestPdfs.Sign(TestPdfs.Create("Quyet dinh"), TestPki.Signer));

        var document = await UploadCreatedAsync(Metadata(), pdf);

        var signature = document.Signatures.ShouldHaveSingleItem();
        signature.Status.ShouldBe(SignatureStatus.Tampered);
        signature.IntegrityValid.ShouldBeFalse();
        signature.CoversWholeFile.ShouldBeTrue();
        document.SignaturesStatus.ShouldBe(DocumentSignaturesStatus.Invalid);
    }

    [Fact]
    public async Task Upload_WithBytesAppendedAfterSigning_IsRecordedNotCoveringTheWholeFile()
    {
        var pdf = TestPdfs.AppendUnsignedUpdate(TestPdfs.Sign(TestPdfs.Create(), TestPki.Signer));

        var document = await UploadCreatedAsync(Metadata(), pdf);

        var signature = document.Signatures.ShouldHaveSingleItem();
        signature.Status.ShouldBe(SignatureStatus.NotCoveringWholeFile);
        signature.IntegrityValid.ShouldBeTrue();
        signature.CoversWholeFile.ShouldBeFalse();
        signature.LaterSignatureCoversRest.ShouldBeFalse();
        document.SignaturesStatus.ShouldBe(DocumentSignaturesStatus.Invalid);
    }

    [Fact]
    public async Task Upload_SignedWithACertificateExpiredAtSigning_IsRecordedSo()
    {
        var document = await UploadCreatedAsync(Metadata(), TestPdfs.Sign(TestPdfs.Create(), TestPki.ExpiredSigner));

        var signature = document.Signatures.ShouldHaveSingleItem();
        signature.Status.ShouldBe(SignatureStatus.CertificateNotValidAtSigning);
        signature.CertificateValidAtSigning.ShouldBeFalse();
        signature.IntegrityValid.ShouldBeTrue();
        signature.ChainTrusted.ShouldBeTrue();
    }

    [Fact]
    public async Task Upload_SignedByACertificateValidOnlyAtTheSigningTime_IsValid()
    {
        // Signed two and a half years ago, while the now expired certificate was valid.
        var signedAt = DateTimeOffset.UtcNow.AddYears(-2).AddMonths(-6);
        var document = await UploadCreatedAsync(Metadata(), TestPdfs.Sign(TestPdfs.Create(), TestPki.ExpiredSigner, signedAt));

        var signature = document.Signatures.ShouldHaveSingleItem();
        signature.Status.ShouldBe(SignatureStatus.Valid, signature.Detail);
        signature.SignedAt!.Value.ShouldBe(signedAt, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Upload_Unsigned_HasNoSignatures()
    {
        var document = await UploadCreatedAsync(Metadata(), TestPdfs.Create());

        document.Signatures.ShouldBeEmpty();
        document.SignaturesStatus.ShouldBe(DocumentSignaturesStatus.NotSigned);
    }

    [Fact]
    public async Task Upload_SignedTwice_BothSignaturesAreValid()
    {
        var pdf = TestPdfs.Sign(TestPdfs.Sign(TestPdfs.Create(), TestPki.Signer), TestPki.SecondSigner);

        var document = await UploadCreatedAsync(Metadata(), pdf);

        document.SignaturesStatus.ShouldBe(DocumentSignaturesStatus.Valid);
        document.Signatures.Count.ShouldBe(2);
        document.Signatures[0].SignerName.ShouldBe("Nguyễn Văn An");
        document.Signatures[0].CoversWholeFile.ShouldBeFalse();
        document.Signatures[0].LaterSignatureCoversRest.ShouldBeTrue();
        document.Signatures[0].Status.ShouldBe(SignatureStatus.Valid, document.Signatures[0].Detail);
        document.Signatures[1].SignerName.ShouldBe("Trần Thị Bình");
        document.Signatures[1].CoversWholeFile.ShouldBeTrue();
        document.Signatures[1].Status.ShouldBe(SignatureStatus.Valid, document.Signatures[1].Detail);
    }

    [Fact]
    public async Task Upload_WithAMalformedSignatureDictionary_IsStoredAndRecordedMalformed()
    {
        var document = await UploadCreatedAsync(Metadata(), TestPdfs.WithBrokenSignatureDictionary());

        document.Signatures.ShouldHaveSingleItem().Status.ShouldBe(SignatureStatus.Malformed);
        document.SignaturesStatus.ShouldBe(DocumentSignaturesStatus.Invalid);
    }

    [Fact]
    public async Task Upload_GarbageNamedPdf_IsRefused()
    {
        var garbage = Encoding.UTF8.GetBytes("Đây không phải là tệp PDF, chỉ có tên là .pdf");

        await ShouldBeProblemAsync(await UploadAsync(Metadata(), garbage, "quyet-dinh.pdf"), HttpStatusCode.UnprocessableEntity, DocumentErrors.NotPdf.Code);
        await ShouldBeProblemAsync(await UploadAsync(Metadata(), [], "rong.pdf"), HttpStatusCode.UnprocessableEntity, DocumentErrors.EmptyFile.Code);
        (await ReadAsync<JsonElement>(await Admin.GetAsync("/api/v1/documents", Ct))).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Upload_FileAtTheLimit_IsAccepted_OneByteMore_Is413()
    {
        var atLimit = PaddedPdf(ThiDuaApiFactory.DocumentMaxFileBytes);
        var overLimit = PaddedPdf(ThiDuaApiFactory.DocumentMaxFileBytes + 1);

        await ShouldBeProblemAsync(await UploadAsync(Metadata(number: "2"), overLimit), HttpStatusCode.RequestEntityTooLarge, DocumentEndpoints.FileTooLarge.Code);
        (await UploadAsync(Metadata(number: "1"), atLimit)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Upload_BodyFarAboveTheLimit_IsRefusedBeforeItIsRead()
    {
        var huge = PaddedPdf(ThiDuaApiFactory.DocumentMaxFileBytes * 3);

        await ShouldBeProblemAsync(await UploadAsync(Metadata(), huge), HttpStatusCode.RequestEntityTooLarge, FrameworkErrors.RequestTooLarge.Code);
    }

    [Fact]
    public async Task Upload_SameIdentityWithOtherContent_Is409WithTheExistingId()
    {
        var first = await UploadCreatedAsync(Metadata(), TestPdfs.Create("Ban dau"));

        var otherFile = await UploadAsync(Metadata(), TestPdfs.Create("Ban khac"));
        var otherSubject = await UploadAsync(Metadata(subject: "Trích yếu khác"), TestPdfs.Create("Ban dau"));

        foreach (var response in new[] { otherFile, otherSubject })
        {
            var problem = await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, DocumentErrors.Duplicate.Code);
            problem.GetProperty("existingId").GetGuid().ShouldBe(first.Id);
        }
    }

    [Fact]
    public async Task Upload_SameNumberWithAnotherIdentityPart_IsAnotherDocument()
    {
        await UploadCreatedAsync(Metadata());

        await UploadCreatedAsync(Metadata(agencyCode: "000.00.00.H41"));
        await UploadCreatedAsync(Metadata(notation: "KH-SYT", type: DocumentType.Plan));
        await UploadCreatedAsync(Metadata(issuedOn: "2025-11-20"));
        await UploadCreatedAsync(Metadata(type: DocumentType.Minutes));
    }

    [Fact]
    public async Task Upload_ByteIdenticalRetry_Returns200WithTheSameDocument()
    {
        var pdf = TestPdfs.Sign(TestPdfs.Create(), TestPki.Signer);
        var first = await UploadCreatedAsync(Metadata(), pdf);

        var retry = await UploadAsync(Metadata(), pdf);

        retry.StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await ReadAsync<DocumentDetailsDto>(retry);
        again.Id.ShouldBe(first.Id);
        again.File!.Sha256.ShouldBe(first.File!.Sha256);
        (await ReadAsync<JsonElement>(await Admin.GetAsync("/api/v1/documents", Ct))).GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Upload_MetadataOnly_HasNoFileAndNoContent_AndItsRetryIs200()
    {
        var document = await UploadCreatedAsync(Metadata());

        document.File.ShouldBeNull();
        document.SignaturesStatus.ShouldBe(DocumentSignaturesStatus.NoFile);
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/documents/{document.Id}/content", Ct), HttpStatusCode.NotFound, DocumentErrors.NoFile.Code);
        (await UploadAsync(Metadata())).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The same identity now with a file is other content: refused, pointing at the stored one.
        var withFile = await UploadAsync(Metadata(), TestPdfs.Create());
        (await ShouldBeProblemAsync(withFile, HttpStatusCode.Conflict, DocumentErrors.Duplicate.Code)).GetProperty("existingId").GetGuid().ShouldBe(document.Id);
    }

    [Fact]
    public async Task Content_IsTheStoredBytes_WithHashETag_Disposition_AndRanges()
    {
        var pdf = TestPdfs.Sign(TestPdfs.Create(), TestPki.Signer);
        var document = await UploadCreatedAsync(Metadata(), pdf);
        var url = $"/api/v1/documents/{document.Id}/content";

        var response = await Admin.GetAsync(url, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(pdf);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Headers.ETag!.Tag.ShouldBe($"\"{TestPdfs.Sha256(pdf)}\"");
        response.Headers.AcceptRanges.ShouldContain("bytes");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldBe("qd-45-syt.pdf");

        using var range = new HttpRequestMessage(HttpMethod.Get, url);
        range.Headers.Range = new RangeHeaderValue(0, 9);
        var partial = await Admin.SendAsync(range, Ct);
        partial.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        (await partial.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(pdf[..10]);
        partial.Content.Headers.ContentRange!.Length.ShouldBe(pdf.Length);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(response.Headers.ETag);
        (await Admin.SendAsync(conditional, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Content_OfAVietnameseFileName_IsGivenAsFilenameStar()
    {
        var response = await UploadAsync(Metadata(), TestPdfs.Create(), "Quyết định khen thưởng.pdf");
        var document = await ReadAsync<DocumentDetailsDto>(response);

        var content = await Admin.GetAsync($"/api/v1/documents/{document.Id}/content", Ct);

        content.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe("Quyết định khen thưởng.pdf");
        content.Content.Headers.ContentDisposition.ToString().ShouldContain("filename*=UTF-8''");
    }

    [Fact]
    public async Task Get_UnknownDocument_Is404()
    {
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/documents/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound, NotFoundErrors.Document.Code);
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/documents/{Guid.NewGuid()}/content", Ct), HttpStatusCode.NotFound, NotFoundErrors.Document.Code);
    }

    [Fact]
    public async Task Get_WithItsETag_Is304()
    {
        var document = await UploadCreatedAsync(Metadata());
        var first = await Admin.GetAsync($"/api/v1/documents/{document.Id}", Ct);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/documents/{document.Id}");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        (await Admin.SendAsync(request, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Theory]
    [InlineData("000.00.00.h56x")]
    [InlineData("000.00.00")]
    [InlineData("00.000.00.H56")]
    [InlineData("000.00.00.556")]
    [InlineData("000-00-00-H56")]
    public async Task Upload_WithAnAgencyCodeNotOfDecision20Shape_Is400(string code)
    {
        await ShouldBeValidationProblemAsync(await UploadAsync(Metadata(agencyCode: code)), "agencyCode");
    }

    [Fact]
    public async Task Upload_WithoutRequiredMetadata_NamesTheFields()
    {
        var problem = await ShouldBeValidationProblemAsync(await UploadAsync(new { agencyCode = "000.00.00.H56" }), "subject");
        foreach (var field in new[] { "agencyName", "number", "notation", "issuedOn", "type", "signerPosition", "signerName" })
        {
            problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
        }
    }

    [Fact]
    public async Task Upload_WithoutTheMetadataPart_Is400_AndAsJson_Is415()
    {
        using var noMetadata = new MultipartFormDataContent { { new ByteArrayContent(TestPdfs.Create()), DocumentEndpoints.FileField, "a.pdf" } };
        await ShouldBeValidationProblemAsync(await Admin.PostAsync("/api/v1/documents", noMetadata, Ct), DocumentEndpoints.MetadataField);

        await ShouldBeProblemAsync(await Admin.PostAsync("/api/v1/documents", JsonBody(Metadata()), Ct), HttpStatusCode.UnsupportedMediaType, FrameworkErrors.UnsupportedMediaType.Code);
    }

    [Fact]
    public async Task Upload_WithMetadataThatIsNotJson_Is400()
    {
        using var form = new MultipartFormDataContent { { new StringContent("{ not json"), DocumentEndpoints.MetadataField } };

        await ShouldBeProblemAsync(await Admin.PostAsync("/api/v1/documents", form, Ct), HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code);
    }

    [Fact]
    public async Task Upload_NeedsTheWriteScope_ReadsTheReadScope()
    {
        var document = await UploadCreatedAsync(Metadata());
        var reader = ClientFor(Roles.Integration, null, "thidua.read");

        await ShouldBeProblemAsync(await UploadAsync(Metadata(number: "46"), client: reader), HttpStatusCode.Forbidden, FrameworkErrors.InsufficientScope.Code);
        (await reader.GetAsync($"/api/v1/documents/{document.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Anonymous().GetAsync($"/api/v1/documents/{document.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Upload_WritesAnAuditEntry()
    {
        var document = await UploadCreatedAsync(Metadata(), TestPdfs.Create());

        var audit = await ReadAsync<JsonElement>(await Admin.GetAsync($"/api/v1/audit?resourceId={document.Id}", Ct));

        var entry = audit.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("action").GetString().ShouldBe("created");
    }

    /// <summary>A valid PDF padded with a comment to exactly <paramref name="size"/> bytes.</summary>
    private static byte[] PaddedPdf(long size)
    {
        var pdf = TestPdfs.Create();
        var padding = Encoding.ASCII.GetBytes("\n%" + new string('x', (int)size - pdf.Length - 2));
        return [.. pdf, .. padding];
    }
}
