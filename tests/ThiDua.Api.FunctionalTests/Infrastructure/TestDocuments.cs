using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ThiDua.Api.Endpoints.Documents;
using ThiDua.Api.Http;
using ThiDua.Application.Documents;
using ThiDua.Domain.Documents;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>Stores documents through <c>POST /api/v1/documents</c>, as the e-office system sends them (ADR 0023, 0029).</summary>
internal static class TestDocuments
{
    private static int _next = 100;

    /// <summary>The multipart form of an upload: the metadata as JSON and, optionally, the PDF.</summary>
    public static MultipartFormDataContent Form(object metadata, byte[]? file = null, string fileName = "van-ban.pdf")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(metadata), Encoding.UTF8, "application/json"), DocumentEndpoints.MetadataField },
        };
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(part, DocumentEndpoints.FileField, fileName);
        }

        return form;
    }

    /// <summary>Decree 30/2020 metadata of a document; a number is drawn when none is given, so that documents never collide.</summary>
    public static object Metadata(
        DocumentType type,
        string issuedOn,
        string? number = null,
        string? notation = null,
        string agencyName = "Sở Y tế tỉnh Hà Nam",
        string? agencyCode = null,
        string signerName = "Trần Văn An",
        string signerPosition = "Giám đốc",
        string? subject = null) => new
        {
            agencyCode = agencyCode ?? AgencyCodeOf(agencyName),
            agencyName,
            number = number ?? Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture),
            notation = notation ?? DefaultNotation(type),
            issuedOn,
            type = EnumNaming.Policy.ConvertName(type.ToString()),
            subject = subject ?? $"Văn bản {type} về công tác thi đua, khen thưởng",
            signerPosition,
            signerName,
            pageCount = 1,
            recipients = new[] { "Như trên", "Lưu: VT, TĐKT" },
        };

    /// <summary>
    /// Stores a document (metadata only unless <paramref name="file"/>) and returns it: 201, or 200 with the stored one
    /// when <paramref name="mayBeStored"/> and an identical document was stored before.
    /// </summary>
    public static async Task<DocumentDetailsDto> UploadAsync(this HttpClient client, object metadata, byte[]? file = null, bool mayBeStored = false)
    {
        var ct = TestContext.Current.CancellationToken;
        using var form = Form(metadata, file);
        var response = await client.PostAsync("/api/v1/documents", form, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!(mayBeStored && response.StatusCode == HttpStatusCode.OK))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        }

        return (await response.Content.ReadFromJsonAsync<DocumentDetailsDto>(FunctionalTestBase.Json, ct))!;
    }

    /// <summary>A unit's submission (tờ trình) of its dossier, stored; returns its id.</summary>
    public static async Task<Guid> SubmissionAsync(this HttpClient client, string issuedOn = "2025-11-20", string agencyName = "Bệnh viện Đa khoa tỉnh Hà Nam") =>
        (await client.UploadAsync(Metadata(DocumentType.Submission, issuedOn, agencyName: agencyName, signerPosition: "Giám đốc bệnh viện"))).Id;

    /// <summary>A decision (quyết định) stored; returns it, so that tests can cite its number.</summary>
    public static Task<DocumentDetailsDto> DecisionAsync(
        this HttpClient client, string issuedOn, string? number = null, string notation = "QĐ-SYT", string agencyName = "Sở Y tế tỉnh Hà Nam",
        string signerName = "Trần Văn An", string signerPosition = "Giám đốc") =>
        client.UploadAsync(Metadata(DocumentType.Decision, issuedOn, number, notation, agencyName, signerName: signerName, signerPosition: signerPosition));

    /// <summary>
    /// The body of <c>POST …/decide</c> with a stored decision: <paramref name="number"/> such as <c>45/QĐ-SYT</c> is the
    /// stored document's number and notation. A number not written N/QĐ-XXX is sent as a citation only, unstored, so
    /// that tests can meet the number's validation. Storing the same decision again returns the stored one.
    /// </summary>
    public static async Task<object> DecisionBodyAsync(
        this HttpClient client, string number = "45/QĐ-SYT", string date = "2025-12-01", string issuer = "Sở Y tế Hà Nam",
        string signerName = "Trần Văn An", string signerTitle = "Giám đốc")
    {
        var parts = number.Split('/', 2);
        if (parts.Length != 2 || !parts[1].StartsWith("QĐ-", StringComparison.Ordinal))
        {
            return new { decision = new { number, date, issuer }, signerName, signerTitle };
        }

        var stored = await client.UploadAsync(
            Metadata(DocumentType.Decision, date, parts[0], parts[1], issuer, signerName: signerName, signerPosition: signerTitle), mayBeStored: true);
        return new { decision = new { documentId = stored.Id }, signerName, signerTitle };
    }

    /// <summary>The body of <c>POST …/submit</c> with a submission stored by <paramref name="client"/>.</summary>
    public static async Task<object> SubmissionBodyAsync(this HttpClient client, string issuedOn = "2025-11-20") =>
        new { submission = new { documentId = await client.SubmissionAsync(issuedOn) } };

    /// <summary>Submits a dossier with a stored submission.</summary>
    public static async Task<HttpResponseMessage> SubmitNominationAsync(this HttpClient client, Guid nominationId, string issuedOn = "2025-11-20")
    {
        var submission = await client.SubmissionAsync(issuedOn);
        return await client.PostAsJsonAsync($"/api/v1/nominations/{nominationId}/submit", new { submission = new { documentId = submission } }, FunctionalTestBase.Json, TestContext.Current.CancellationToken);
    }

    /// <summary>A stable electronic identifier code per agency name (Decision 20/2020/QĐ-TTg format), so that agencies differ.</summary>
    private static string AgencyCodeOf(string agencyName)
    {
        var hash = 0;
        foreach (var c in agencyName)
        {
            hash = unchecked((hash * 31) + c);
        }

        return $"000.00.00.H{Math.Abs(hash % 100):00}";
    }

    private static string DefaultNotation(DocumentType type) => type switch
    {
        DocumentType.Decision => "QĐ-SYT",
        DocumentType.Submission => "TTr-BV",
        DocumentType.Minutes => "BB-HĐTĐKT",
        DocumentType.Plan => "KH-SYT",
        DocumentType.Report => "BC-SYT",
        _ => "SYT-VP",
    };
}
