using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Api.FunctionalTests.Campaigns;
using ThiDua.Api.FunctionalTests.Documents;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Api.Security;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Events;
using ThiDua.Application.Events.Webhooks;
using ThiDua.Application.Nominations;
using ThiDua.Application.People;
using ThiDua.Domain.Documents;
using ThiDua.Domain.Nominations;
using ThiDua.Infrastructure.Persistence.Events;

namespace ThiDua.Api.FunctionalTests.Events;

/// <summary>
/// Issue 12's scenario over HTTP, from seed 003 (ADR 0029): the e-office system posts the Thanh Hóa launch letter
/// 1975/SYT-VP as a signed PDF, a campaign is created from it, and a subscribed receiver gets <c>campaign.launched</c>
/// naming the stored letter, signed. A dossier's submission and its decision travel the same way, and
/// <c>nomination.decided</c> carries both documents.
/// </summary>
public sealed class DocumentScenarioTests(ThiDuaApiFactory factory) : CampaignTestBase(factory)
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private WebhookDeliveryService Worker => Factory.Services.GetRequiredService<WebhookDeliveryService>();

    [Fact]
    public async Task TheSignedLaunchLetter_CreatesTheCampaign_AndTheReceiverGetsCampaignLaunchedNamingIt()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await ArrangeAsync();
        Factory.Clock.Now = July10;
        var subscribed = await Admin.PostAsJsonAsync(
            "/api/v1/webhook-subscriptions",
            new { url = receiver.Url, eventTypes = new[] { IntegrationEventTypes.CampaignLaunched }, authorityUnitId = Authority.Id }, Json, Ct);
        subscribed.StatusCode.ShouldBe(HttpStatusCode.Created, await subscribed.Content.ReadAsStringAsync(Ct));
        var secret = (await ReadAsync<WebhookSecretDto>(subscribed)).Secret;

        var pdf = TestPdfs.Sign(TestPdfs.Create("Công văn phát động phong trào thi đua năm 2020"), TestPki.Signer);
        var letter = await Admin.UploadAsync(
            TestDocuments.Metadata(
                DocumentType.OfficialLetter, "2020-07-01", "1975", "SYT-VP", "Sở Y tế Thanh Hóa", "000.00.00.H56", "Trịnh Hữu Hùng", "Giám đốc",
                "V/v phát động phong trào thi đua yêu nước năm 2020"),
            pdf);
        letter.SignaturesStatus.ShouldBe(DocumentSignaturesStatus.Valid);

        // The campaign cites the stored letter: its number, date, signer and recipients are the letter's own.
        var plan = Letter1975();
        plan["letter"] = JsonSerializer(new { documentId = letter.Id, coLaunchers = new[] { "Thường trực Công đoàn Ngành Y tế Thanh Hóa" } });
        var drafted = await DraftAsync(plan);
        drafted.StatusCode.ShouldBe(HttpStatusCode.Created, await drafted.Content.ReadAsStringAsync(Ct));
        var campaign = await ReadAsync<CampaignDetailsDto>(drafted);
        (campaign.Letter.Number, campaign.Letter.Date, campaign.Letter.SignerName, campaign.Letter.DocumentId)
            .ShouldBe(("1975/SYT-VP", new DateOnly(2020, 7, 1), "Trịnh Hữu Hùng", (Guid?)letter.Id));
        campaign.Letter.Recipients.ShouldBe(["Như trên", "Lưu: VT, TĐKT"]);
        (await ClientFor(Roles.Council, Authority.Id).PostAsync($"/api/v1/campaigns/{campaign.Id}/launch", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await Worker.RunOnceAsync(Ct)).ShouldBe(1);

        var received = receiver.Requests.ShouldHaveSingleItem();
        WebhookSignature.Verify(received.Signature, received.Body, secret, Factory.Clock.GetUtcNow(), Tolerance).ShouldBeTrue(received.Signature);
        var body = JsonDocument.Parse(received.Body).RootElement;
        body.GetProperty("type").GetString().ShouldBe("campaign.launched");
        var cited = body.GetProperty("data").GetProperty("documents").EnumerateArray().Single();
        (cited.GetProperty("role").GetString(), cited.GetProperty("number").GetString(), cited.GetProperty("documentId").GetGuid(), cited.GetProperty("href").GetString())
            .ShouldBe(("launch-letter", "1975/SYT-VP", letter.Id, $"/api/v1/documents/{letter.Id}"));
        (await Admin.GetAsync(cited.GetProperty("href").GetString(), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AReceivedDocument_IsAnnouncedOnce_WithoutItsSubject_AndAnIdenticalRetryAnnouncesNothing()
    {
        var pdf = TestPdfs.Sign(TestPdfs.Create(), TestPki.Signer);
        var metadata = TestDocuments.Metadata(DocumentType.Decision, "2025-12-01", "45", "QĐ-SYT", subject: "Về việc tặng Giấy khen cho bà Nguyễn Thị Lan");
        var stored = await Admin.UploadAsync(metadata, pdf);
        using var again = TestDocuments.Form(metadata, pdf);
        (await Admin.PostAsync("/api/v1/documents", again, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var feed = JsonDocument.Parse(await (await Admin.GetAsync("/api/v1/events", Ct)).Content.ReadAsStringAsync(Ct)).RootElement;

        var received = feed.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        received.GetProperty("type").GetString().ShouldBe(IntegrationEventTypes.DocumentReceived);
        received.GetProperty("subject").GetString().ShouldBe($"/api/v1/documents/{stored.Id}");
        var data = received.GetProperty("data");
        (data.GetProperty("resource").GetProperty("type").GetString(), data.GetProperty("resource").GetProperty("id").GetGuid()).ShouldBe(("document", stored.Id));
        (data.GetProperty("agencyCode").GetString(), data.GetProperty("type").GetString(), data.GetProperty("hasFile").GetBoolean(), data.GetProperty("signaturesStatus").GetString())
            .ShouldBe((stored.AgencyCode, "decision", true, "valid"));
        var document = data.GetProperty("documents").EnumerateArray().ShouldHaveSingleItem();
        (document.GetProperty("number").GetString(), document.GetProperty("date").GetString(), document.GetProperty("documentId").GetGuid())
            .ShouldBe(("45/QĐ-SYT", "2025-12-01", stored.Id));
        received.GetRawText().ShouldNotContain("Nguyễn Thị Lan");
    }

    [Fact]
    public async Task ADossiersSubmissionAndDecision_AreStoredDocuments_AndTheReceiverGetsNominationDecidedCarryingBoth()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (nomination, lineId, officer, council) = await DraftedAsync();
        var subscribed = await Admin.PostAsJsonAsync(
            "/api/v1/webhook-subscriptions", new { url = receiver.Url, eventTypes = new[] { IntegrationEventTypes.NominationDecided } }, Json, Ct);
        subscribed.StatusCode.ShouldBe(HttpStatusCode.Created, await subscribed.Content.ReadAsStringAsync(Ct));
        var secret = (await ReadAsync<WebhookSecretDto>(subscribed)).Secret;
        var submission = await officer.SubmissionAsync("2025-11-20");
        var submitted = await officer.PostAsJsonAsync($"/api/v1/nominations/{nomination}/submit", new { submission = new { documentId = submission } }, Json, Ct);
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync(Ct));
        var dossier = await ReadAsync<NominationDto>(submitted);
        (dossier.Submission!.DocumentId, dossier.Submission.Issuer).ShouldBe(((Guid?)submission, "Bệnh viện Đa khoa tỉnh Hà Nam"));
        (await council.PostAsync($"/api/v1/nominations/{nomination}/council-review", null, Ct)).EnsureSuccessStatusCode();
        (await council.PutAsJsonAsync($"/api/v1/nominations/{nomination}/lines/{lineId}/vote", new { members = 15, present = 15, yes = 15 }, Json, Ct)).EnsureSuccessStatusCode();

        // The Sở's e-office system posts the signed decision, as it does every document it issues.
        var eOffice = ClientWithToken(LocalTokens.Create(
            ThiDuaApiFactory.Issuer, ThiDuaApiFactory.Audience, Factory.SigningKey,
            new LocalTokens.Request(ThiDuaApiFactory.EOfficeClient, "Phần mềm quản lý văn bản Sở Y tế Hà Nam", [Roles.Integration], null, [Scopes.Read, Scopes.Write], TimeSpan.FromHours(1))));
        var decision = await eOffice.UploadAsync(
            TestDocuments.Metadata(DocumentType.Decision, "2025-12-01", "45", "QĐ-SYT", signerName: "Trần Văn An", signerPosition: "Giám đốc"),
            TestPdfs.Sign(TestPdfs.Create("Quyết định tặng danh hiệu Lao động tiên tiến năm 2025"), TestPki.Signer));

        // Only the id: number, date, issuing agency and signer are the stored decision's.
        var decided = await council.PostAsJsonAsync($"/api/v1/nominations/{nomination}/decide", new { decision = new { documentId = decision.Id } }, Json, Ct);

        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync(Ct));
        var result = await ReadAsync<NominationDto>(decided);
        var cited = result.Decision.ShouldNotBeNull();
        (cited.Document.Number, cited.Document.Date, cited.Document.Issuer, cited.Document.DocumentId, cited.SignerName, cited.SignerTitle)
            .ShouldBe(("45/QĐ-SYT", new DateOnly(2025, 12, 1), "Sở Y tế tỉnh Hà Nam", (Guid?)decision.Id, "Trần Văn An", "Giám đốc"));
        var award = await Admin.GetAsync($"/api/v1/awards/{result.Lines.Single().AwardId}", Ct);
        award.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonDocument.Parse(await award.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("decision").GetProperty("documentId").GetGuid().ShouldBe(decision.Id);

        (await Worker.RunOnceAsync(Ct)).ShouldBe(1);
        var received = receiver.Requests.ShouldHaveSingleItem();
        WebhookSignature.Verify(received.Signature, received.Body, secret, Factory.Clock.GetUtcNow(), Tolerance).ShouldBeTrue(received.Signature);
        var body = JsonDocument.Parse(received.Body).RootElement;
        body.GetProperty("type").GetString().ShouldBe(IntegrationEventTypes.NominationDecided);
        body.GetProperty("data").GetProperty("documents").EnumerateArray()
            .Select(d => (d.GetProperty("role").GetString(), d.GetProperty("documentId").GetGuid(), d.GetProperty("href").GetString()))
            .ShouldBe([("submission", submission, $"/api/v1/documents/{submission}"), ("decision", decision.Id, $"/api/v1/documents/{decision.Id}")]);
    }

    [Fact]
    public async Task Submit_Returns422_WithoutAStoredSubmission_ForAnUnknownDocument_AndForADocumentOfAnotherType()
    {
        var (nomination, _, officer, _) = await DraftedAsync();
        var decision = await Admin.DecisionAsync("2025-11-20");

        var none = await officer.PostAsync($"/api/v1/nominations/{nomination}/submit", null, Ct);
        var citedOnly = await officer.PostAsJsonAsync($"/api/v1/nominations/{nomination}/submit", new { submission = new { number = "12/TTr-BV", date = "2025-11-20" } }, Json, Ct);
        var unknown = await officer.PostAsJsonAsync($"/api/v1/nominations/{nomination}/submit", new { submission = new { documentId = Guid.NewGuid() } }, Json, Ct);
        var wrongType = await officer.PostAsJsonAsync($"/api/v1/nominations/{nomination}/submit", new { submission = new { documentId = decision.Id } }, Json, Ct);

        await ShouldBeProblemAsync(none, HttpStatusCode.UnprocessableEntity, NominationErrors.SubmissionDocumentRequired.Code);
        await ShouldBeProblemAsync(citedOnly, HttpStatusCode.UnprocessableEntity, NominationErrors.SubmissionDocumentRequired.Code);
        await ShouldBeProblemAsync(unknown, HttpStatusCode.UnprocessableEntity, DocumentErrors.Unknown.Code);
        await ShouldBeProblemAsync(wrongType, HttpStatusCode.UnprocessableEntity, DocumentErrors.WrongType.Code);
        (await ReadAsync<NominationDto>(await Admin.GetAsync($"/api/v1/nominations/{nomination}", Ct))).Status.ShouldBe(NominationStatus.Draft);
    }

    [Fact]
    public async Task Decide_Returns422_WhenTheNumberDateOrSignerGivenDisagreeWithTheStoredDecision_OrItIsNotADecision()
    {
        var (nomination, lineId, officer, council) = await DraftedAsync();
        (await officer.SubmitNominationAsync(nomination)).EnsureSuccessStatusCode();
        (await council.PostAsync($"/api/v1/nominations/{nomination}/council-review", null, Ct)).EnsureSuccessStatusCode();
        (await council.PutAsJsonAsync($"/api/v1/nominations/{nomination}/lines/{lineId}/vote", new { members = 15, present = 15, yes = 15 }, Json, Ct)).EnsureSuccessStatusCode();
        var decision = await Admin.DecisionAsync("2025-12-01", "46");
        var submission = await officer.SubmissionAsync("2025-11-21");

        async Task<HttpResponseMessage> DecideAsync(object body) => await council.PostAsJsonAsync($"/api/v1/nominations/{nomination}/decide", body, Json, Ct);
        var otherNumber = await DecideAsync(new { decision = new { documentId = decision.Id, number = "47/QĐ-SYT" } });
        var otherDate = await DecideAsync(new { decision = new { documentId = decision.Id, date = "2025-11-30" } });
        var otherSigner = await DecideAsync(new { decision = new { documentId = decision.Id }, signerName = "Lê Văn Hùng" });
        var notADecision = await DecideAsync(new { decision = new { documentId = submission } });
        var sameCitation = await DecideAsync(new { decision = new { documentId = decision.Id, number = "46/QĐ-SYT", date = "2025-12-01" }, signerTitle = "GIÁM ĐỐC" });

        await ShouldBeProblemAsync(otherNumber, HttpStatusCode.UnprocessableEntity, DocumentErrors.CitationMismatch.Code);
        await ShouldBeProblemAsync(otherDate, HttpStatusCode.UnprocessableEntity, DocumentErrors.CitationMismatch.Code);
        await ShouldBeProblemAsync(otherSigner, HttpStatusCode.UnprocessableEntity, DocumentErrors.CitationMismatch.Code);
        await ShouldBeProblemAsync(notADecision, HttpStatusCode.UnprocessableEntity, DocumentErrors.WrongType.Code);
        sameCitation.StatusCode.ShouldBe(HttpStatusCode.OK, await sameCitation.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task AnyReference_MayCiteAStoredDocument_ByItsIdAlone_AndAnUnknownIdIsRefused()
    {
        var (_, _, _, _) = await DraftedAsync();
        var person = (await ReadAsync<PeoplePage>(await Admin.GetAsync("/api/v1/people", Ct))).Items.Single();
        var decision = await Admin.UploadAsync(TestDocuments.Metadata(DocumentType.Decision, "2025-03-02", "9", "QĐ-SYT", subject: "Về việc tạm đình chỉ xét khen thưởng"));

        var recorded = await Admin.PostAsJsonAsync($"/api/v1/people/{person.Id}/disciplines", new
        {
            kind = "hold", from = "2025-03-02", reason = "Đang xác minh đơn tố cáo", legalBasis = new { documentId = decision.Id },
        }, Json, Ct);
        var unknown = await Admin.PostAsJsonAsync($"/api/v1/people/{person.Id}/disciplines", new
        {
            kind = "hold", from = "2025-04-02", reason = "Đang xác minh đơn tố cáo", legalBasis = new { documentId = Guid.NewGuid() },
        }, Json, Ct);

        recorded.IsSuccessStatusCode.ShouldBeTrue(await recorded.Content.ReadAsStringAsync(Ct));
        var basis = JsonDocument.Parse(await recorded.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("disciplines").EnumerateArray().Single().GetProperty("legalBasis");
        (basis.GetProperty("number").GetString(), basis.GetProperty("date").GetString(), basis.GetProperty("issuer").GetString(), basis.GetProperty("documentId").GetGuid())
            .ShouldBe(("9/QĐ-SYT", "2025-03-02", "Sở Y tế tỉnh Hà Nam", decision.Id));
        await ShouldBeProblemAsync(unknown, HttpStatusCode.UnprocessableEntity, DocumentErrors.Unknown.Code);
    }

    private sealed record PeoplePage(IReadOnlyList<PersonSummary> Items);

    private sealed record PersonSummary(Guid Id);

    [Fact]
    public async Task ALineTakesItsAchievementReport_AndItsVoteTheCouncilMinutes_AsStoredDocumentsOfTheirType()
    {
        var (nomination, lineId, officer, council) = await DraftedAsync();
        var hospitalId = (await ReadAsync<NominationDto>(await Admin.GetAsync($"/api/v1/nominations/{nomination}", Ct))).ProposingUnit.Id;
        var hoa = await ReadAsync<PersonDto>(await Admin.PostAsJsonAsync("/api/v1/people", new
        {
            fullName = "Lê Thị Hoa", gender = "female", unitId = hospitalId, position = "Điều dưỡng", employedFrom = "2016-01-01",
        }, Json, Ct));
        (await Admin.PutAsJsonAsync($"/api/v1/people/{hoa.Id}/ratings/2025", new { rating = "excellent" }, Json, Ct)).EnsureSuccessStatusCode();
        var report = await officer.UploadAsync(TestDocuments.Metadata(DocumentType.Report, "2025-11-15", "7", "BC-BVĐK", "Bệnh viện Đa khoa tỉnh Hà Nam", subject: "Báo cáo thành tích"));
        var minutes = await council.UploadAsync(TestDocuments.Metadata(DocumentType.Minutes, "2025-11-30", "3", "BB-HĐTĐKT", subject: "Biên bản họp Hội đồng Thi đua - Khen thưởng"));

        object Line(object? achievementReport) => new
        {
            personId = hoa.Id, awardTypeCode = "LDTT", achievementSummary = "Hoàn thành xuất sắc nhiệm vụ năm 2025", achievementReport,
        };
        var citedOnly = await officer.PostAsJsonAsync($"/api/v1/nominations/{nomination}/lines", Line(new { number = "7/BC-BVĐK", date = "2025-11-15" }), Json, Ct);
        var wrongType = await officer.PostAsJsonAsync($"/api/v1/nominations/{nomination}/lines", Line(new { documentId = minutes.Id }), Json, Ct);
        var proposed = await officer.PostAsJsonAsync($"/api/v1/nominations/{nomination}/lines", Line(new { documentId = report.Id }), Json, Ct);

        await ShouldBeProblemAsync(citedOnly, HttpStatusCode.UnprocessableEntity, DocumentErrors.NotStored.Code);
        await ShouldBeProblemAsync(wrongType, HttpStatusCode.UnprocessableEntity, DocumentErrors.WrongType.Code);
        proposed.StatusCode.ShouldBe(HttpStatusCode.Created, await proposed.Content.ReadAsStringAsync(Ct));
        var hoaLine = (await ReadAsync<NominationDto>(proposed)).Lines.Single(l => l.PersonId == hoa.Id);
        (hoaLine.AchievementReport!.DocumentId, hoaLine.AchievementReport.Number).ShouldBe(((Guid?)report.Id, "7/BC-BVĐK"));

        (await officer.SubmitNominationAsync(nomination)).EnsureSuccessStatusCode();
        (await council.PostAsync($"/api/v1/nominations/{nomination}/council-review", null, Ct)).EnsureSuccessStatusCode();
        var wrongMinutes = await council.PutAsJsonAsync(
            $"/api/v1/nominations/{nomination}/lines/{lineId}/vote", new { members = 15, present = 15, yes = 15, minutes = new { documentId = report.Id } }, Json, Ct);
        var voted = await council.PutAsJsonAsync(
            $"/api/v1/nominations/{nomination}/lines/{lineId}/vote", new { members = 15, present = 15, yes = 15, minutes = new { documentId = minutes.Id } }, Json, Ct);

        await ShouldBeProblemAsync(wrongMinutes, HttpStatusCode.UnprocessableEntity, DocumentErrors.WrongType.Code);
        voted.StatusCode.ShouldBe(HttpStatusCode.OK, await voted.Content.ReadAsStringAsync(Ct));
        var votedLine = (await ReadAsync<NominationDto>(voted)).Lines.Single(l => l.Id == lineId);
        (votedLine.CouncilMinutes!.DocumentId, votedLine.CouncilMinutes.Number).ShouldBe(((Guid?)minutes.Id, "3/BB-HĐTĐKT"));
    }

    [Fact]
    public async Task ARefusedSubmission_NamesPersonalCriteriaOnlyToThoseWhoMayReadThem()
    {
        var (nomination, lineId, officer, _) = await DraftedAsync();
        (await officer.DeleteAsync($"/api/v1/nominations/{nomination}/lines/{lineId}", Ct)).EnsureSuccessStatusCode();
        var hospitalId = (await ReadAsync<NominationDto>(await Admin.GetAsync($"/api/v1/nominations/{nomination}", Ct))).ProposingUnit.Id;
        var unrated = await ReadAsync<PersonDto>(await Admin.PostAsJsonAsync("/api/v1/people", new
        {
            fullName = "Lê Thị Hoa", gender = "female", unitId = hospitalId, position = "Điều dưỡng", employedFrom = "2016-01-01",
        }, Json, Ct));
        (await officer.PostAsJsonAsync($"/api/v1/nominations/{nomination}/lines", new
        {
            personId = unrated.Id, awardTypeCode = "LDTT", achievementSummary = "Hoàn thành nhiệm vụ năm 2025",
        }, Json, Ct)).EnsureSuccessStatusCode();
        var eOffice = ClientWithToken(LocalTokens.Create(
            ThiDuaApiFactory.Issuer, ThiDuaApiFactory.Audience, Factory.SigningKey,
            new LocalTokens.Request(ThiDuaApiFactory.EOfficeClient, "Phần mềm quản lý văn bản Sở Y tế Hà Nam", [Roles.Integration], null, [Scopes.Read, Scopes.Write], TimeSpan.FromHours(1))));

        var byIntegration = await ShouldBeProblemAsync(await eOffice.SubmitNominationAsync(nomination), HttpStatusCode.UnprocessableEntity, NominationErrors.PreconditionNotMet.Code);
        var byOfficer = await ShouldBeProblemAsync(await officer.SubmitNominationAsync(nomination), HttpStatusCode.UnprocessableEntity, NominationErrors.PreconditionNotMet.Code);

        var withheld = byIntegration.GetProperty("detail").GetString().ShouldNotBeNull();
        withheld.ShouldContain("Lê Thị Hoa (LDTT): 1 criteria on personal data (withheld");
        withheld.ShouldNotContain("ldtt.rating_good");
        withheld.ShouldNotContain("Rating");
        byOfficer.GetProperty("detail").GetString().ShouldNotBeNull().ShouldContain("ldtt.rating_good — Rating 2025");
    }

    /// <summary>A hospital of the Sở Y tế Hà Nam with one nurse proposed for Lao động tiên tiến 2025; the clock on 1 December 2025.</summary>
    private async Task<(Guid Nomination, Guid LineId, HttpClient Officer, HttpClient Council)> DraftedAsync()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var sở = await Admin.CreateUnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        var hospital = await Admin.CreateUnitAsync("BVDK-HNAM", "Bệnh viện Đa khoa tỉnh Hà Nam", parentId: sở.Id, province: "Hà Nam");
        var lan = await ReadAsync<PersonDto>(await Admin.PostAsJsonAsync("/api/v1/people", new
        {
            fullName = "Nguyễn Thị Lan", gender = "female", unitId = hospital.Id, position = "Điều dưỡng", employedFrom = "2015-01-01",
        }, Json, Ct));
        (await Admin.PutAsJsonAsync($"/api/v1/people/{lan.Id}/ratings/2025", new { rating = "excellent" }, Json, Ct)).EnsureSuccessStatusCode();
        var officer = ClientFor(Roles.UnitOfficer, hospital.Id);
        var nomination = await ReadAsync<NominationDto>(await officer.PostAsJsonAsync("/api/v1/nominations", new
        {
            proposingUnitId = hospital.Id, year = 2025, title = "Đề nghị công nhận danh hiệu thi đua năm 2025",
        }, Json, Ct));
        var proposed = await ReadAsync<NominationDto>(await officer.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines", new
        {
            personId = lan.Id, awardTypeCode = "LDTT", achievementSummary = "Hoàn thành xuất sắc nhiệm vụ năm 2025", evidence = new[] { "Báo cáo thành tích" },
        }, Json, Ct));
        return (nomination.Id, proposed.Lines.Single().Id, officer, ClientFor(Roles.Council, sở.Id));
    }
}
