using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Api.FunctionalTests.Campaigns;

/// <summary>
/// Managing a campaign over HTTP: the plan's rules (422), revising a draft, who may manage it (403), stale
/// <c>If-Match</c> (412) and unknown campaigns or units (404).
/// </summary>
public sealed class CampaignManagementTests(ThiDuaApiFactory factory) : CampaignTestBase(factory)
{
    private static readonly DateTimeOffset January15 = new(2021, 1, 15, 15, 0, 0, TimeSpan.FromHours(7));

    private static object Review() => new
    {
        date = "2021-01-15",
        document = new { number = "25/BC-SYT", date = "2021-01-15", issuer = "Sở Y tế Thanh Hóa" },
        summary = "Tổng kết phong trào thi đua yêu nước năm 2020 ngành y tế Thanh Hóa.",
    };

    /// <summary>A phase that may follow the single phase of <see cref="OnePhase"/>.</summary>
    private static object Phase2() => new { name = "Đợt 2", start = "2020-12-01", end = "2020-12-31" };

    /// <summary>Letter 1975 with its first phase only, so that a phase can be appended after launch.</summary>
    private static JsonObject OnePhase() =>
        Letter1975(phases: new object[] { new { name = "Đợt 1", start = "2020-06-26", end = "2020-07-27" } });

    private static async Task<HttpResponseMessage> SendWithIfMatchAsync(HttpClient client, HttpMethod method, string url, EntityTagHeaderValue etag, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonBody(body) };
        request.Headers.IfMatch.Add(etag);
        return await client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task Draft_Returns422_ForADossierWindowEndingBeforeItStarts()
    {
        await ArrangeAsync();
        var plan = Letter1975();
        plan["dossierWindowStart"] = "2020-12-15";
        plan["dossierWindowEnd"] = "2020-12-14";

        await ShouldBeProblemAsync(await DraftAsync(plan), HttpStatusCode.UnprocessableEntity, CampaignErrors.DossierWindowInvalid.Code);
    }

    [Fact]
    public async Task Draft_Returns422_ForAnUnknownLaunchingAuthority()
    {
        await ArrangeAsync();
        var plan = Letter1975();
        plan["launchingAuthorityId"] = Guid.NewGuid();

        var response = await Admin.PostAsJsonAsync("/api/v1/campaigns", plan, Json, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, CampaignErrors.LaunchingAuthorityNotFound.Code);
    }

    [Fact]
    public async Task Draft_Returns422_ForAPeriodEndingBeforeItStarts()
    {
        await ArrangeAsync();
        var plan = Letter1975(phases: Array.Empty<object>());
        plan["periodStart"] = "2020-12-31";
        plan["periodEnd"] = "2020-06-26";

        await ShouldBeProblemAsync(await DraftAsync(plan), HttpStatusCode.UnprocessableEntity, CampaignErrors.PeriodInvalid.Code);
    }

    [Fact]
    public async Task Draft_Returns422_ForARegistrationDeadlineOutsideThePeriod()
    {
        await ArrangeAsync();
        var plan = Letter1975();
        plan["registrationDeadline"] = "2021-01-15";

        await ShouldBeProblemAsync(await DraftAsync(plan), HttpStatusCode.UnprocessableEntity, CampaignErrors.RegistrationDeadlineOutsidePeriod.Code);
    }

    [Fact]
    public async Task Draft_Returns422_ForADissolvedLaunchingAuthority()
    {
        await ArrangeAsync();
        (await Admin.PostAsJsonAsync(
            $"/api/v1/units/{Authority.Id}/lineage-events", new { type = "dissolve", effectiveOn = "2020-07-01", legalBasis = TestData.LegalBasis(date: "2020-06-30") }, Json, Ct))
            .EnsureSuccessStatusCode();

        await ShouldBeProblemAsync(await DraftAsync(Letter1975()), HttpStatusCode.UnprocessableEntity, CampaignErrors.LaunchingAuthorityNotActive.Code);
    }

    [Fact]
    public async Task Revise_ReplacesADraftsPlan()
    {
        await ArrangeAsync();
        var council = ClientFor(Roles.Council, Authority.Id);
        var draftResponse = await DraftAsync(Letter1975(), council);
        var drafted = await ReadAsync<CampaignDetailsDto>(draftResponse);
        var plan = Letter1975(contents: new object[]
        {
            new { code = "2.1", text = "Tổ chức phát động, hưởng ứng các phong trào thi đua" },
            new { code = "2.2", text = "Tỷ lệ tiêm chủng mở rộng", target = new { value = 95m, unitOfMeasure = "%" } },
        });
        plan["title"] = "Phong trào thi đua yêu nước năm 2020 (sửa đổi)";
        plan["registrationDeadline"] = "2020-08-15";

        var revised = await council.PutAsJsonAsync($"/api/v1/campaigns/{drafted.Id}", plan, Json, Ct);

        revised.StatusCode.ShouldBe(HttpStatusCode.OK, await revised.Content.ReadAsStringAsync(Ct));
        var body = await ReadAsync<CampaignDetailsDto>(revised);
        body.Status.ShouldBe(CampaignStatus.Draft);
        body.Title.ShouldBe("Phong trào thi đua yêu nước năm 2020 (sửa đổi)");
        body.RegistrationDeadline.ShouldBe(new DateOnly(2020, 8, 15));
        body.Contents.Select(c => c.Code).ShouldBe(["2.1", "2.2"]);
        body.Version.ShouldNotBe(drafted.Version);
        revised.Headers.ETag.ShouldNotBeNull().ShouldNotBe(draftResponse.Headers.ETag.ShouldNotBeNull());
        (await ReadAsync<CampaignDetailsDto>(await Admin.GetAsync($"/api/v1/campaigns/{drafted.Id}", Ct))).Title.ShouldBe(body.Title);
    }

    [Fact]
    public async Task Management_Returns403_ForTheCouncilOfAnotherAuthority()
    {
        await ArrangeAsync();
        var elsewhere = await Admin.CreateUnitAsync("SYT-HN", kind: "department");
        var foreign = ClientFor(Roles.Council, elsewhere.Id);
        var draft = await ReadAsync<CampaignDetailsDto>(await DraftAsync(Letter1975()));
        var launched = await LaunchWithOnePhaseAsync();
        Factory.Clock.Now = January15;

        var launch = await foreign.PostAsync($"/api/v1/campaigns/{draft.Id}/launch", null, Ct);
        var revise = await foreign.PutAsJsonAsync($"/api/v1/campaigns/{draft.Id}", Letter1975(), Json, Ct);
        var append = await foreign.PostAsJsonAsync($"/api/v1/campaigns/{launched.Id}/phases", Phase2(), Json, Ct);
        var close = await foreign.PostAsJsonAsync($"/api/v1/campaigns/{launched.Id}/close", Review(), Json, Ct);

        await ShouldBeProblemAsync(launch, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(revise, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(append, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(close, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        (await ReadAsync<CampaignDetailsDto>(await Admin.GetAsync($"/api/v1/campaigns/{draft.Id}", Ct))).Status.ShouldBe(CampaignStatus.Draft);
        var unchanged = await ReadAsync<CampaignDetailsDto>(await Admin.GetAsync($"/api/v1/campaigns/{launched.Id}", Ct));
        unchanged.Status.ShouldBe(CampaignStatus.Launched);
        unchanged.Phases.Count.ShouldBe(1);
    }

    [Fact]
    public async Task LaunchReviseAppendAndClose_Return412_ForAStaleIfMatch()
    {
        await ArrangeAsync();
        Factory.Clock.Now = July10;
        var council = ClientFor(Roles.Council, Authority.Id);
        var drafted = await DraftAsync(OnePhase(), council);
        var draft = await ReadAsync<CampaignDetailsDto>(drafted);
        var draftTag = drafted.Headers.ETag.ShouldNotBeNull();
        var revisedPlan = OnePhase();
        revisedPlan["slogan"] = "Đoàn kết, sáng tạo, thi đua";
        (await council.PutAsJsonAsync($"/api/v1/campaigns/{draft.Id}", revisedPlan, Json, Ct)).EnsureSuccessStatusCode();

        var staleRevise = await SendWithIfMatchAsync(council, HttpMethod.Put, $"/api/v1/campaigns/{draft.Id}", draftTag, OnePhase());
        var staleLaunch = await SendWithIfMatchAsync(council, HttpMethod.Post, $"/api/v1/campaigns/{draft.Id}/launch", draftTag);

        await ShouldBeProblemAsync(staleRevise, HttpStatusCode.PreconditionFailed, PreconditionFailedException.Error.Code);
        await ShouldBeProblemAsync(staleLaunch, HttpStatusCode.PreconditionFailed, PreconditionFailedException.Error.Code);
        (await ReadAsync<CampaignDetailsDto>(await Admin.GetAsync($"/api/v1/campaigns/{draft.Id}", Ct))).Status.ShouldBe(CampaignStatus.Draft);

        var launched = await council.PostAsync($"/api/v1/campaigns/{draft.Id}/launch", null, Ct);
        var launchedTag = launched.Headers.ETag.ShouldNotBeNull();
        var appended = await SendWithIfMatchAsync(council, HttpMethod.Post, $"/api/v1/campaigns/{draft.Id}/phases", launchedTag, Phase2());
        appended.StatusCode.ShouldBe(HttpStatusCode.Created, await appended.Content.ReadAsStringAsync(Ct));
        Factory.Clock.Now = January15;

        var staleAppend = await SendWithIfMatchAsync(council, HttpMethod.Post, $"/api/v1/campaigns/{draft.Id}/phases", launchedTag, new { name = "Đợt 3", start = "2020-12-31", end = "2020-12-31" });
        var staleClose = await SendWithIfMatchAsync(council, HttpMethod.Post, $"/api/v1/campaigns/{draft.Id}/close", launchedTag, Review());

        await ShouldBeProblemAsync(staleAppend, HttpStatusCode.PreconditionFailed, PreconditionFailedException.Error.Code);
        await ShouldBeProblemAsync(staleClose, HttpStatusCode.PreconditionFailed, PreconditionFailedException.Error.Code);
        var current = await ReadAsync<CampaignDetailsDto>(await Admin.GetAsync($"/api/v1/campaigns/{draft.Id}", Ct));
        current.Status.ShouldBe(CampaignStatus.Launched);
        current.Phases.Count.ShouldBe(2);
        current.Slogan.ShouldBe("Đoàn kết, sáng tạo, thi đua");
    }

    [Fact]
    public async Task WritesAndTheSummary_Return404_ForAnUnknownCampaign()
    {
        await ArrangeAsync();
        var unknown = Guid.NewGuid();

        await ShouldBeProblemAsync(await Admin.PostAsync($"/api/v1/campaigns/{unknown}/launch", null, Ct), HttpStatusCode.NotFound, NotFoundErrors.Campaign.Code);
        await ShouldBeProblemAsync(await Admin.PutAsJsonAsync($"/api/v1/campaigns/{unknown}", Letter1975(), Json, Ct), HttpStatusCode.NotFound, NotFoundErrors.Campaign.Code);
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/campaigns/{unknown}/summary", Ct), HttpStatusCode.NotFound, NotFoundErrors.Campaign.Code);
    }

    [Fact]
    public async Task RegistrationAndReportPuts_Return404_ForAnUnknownUnit()
    {
        var campaign = await LaunchLetter1975Async();
        var unknown = Guid.NewGuid();

        var registration = await Admin.PutAsJsonAsync(
            $"/api/v1/campaigns/{campaign.Id}/registrations/{unknown}", new { targetTitles = new[] { "CO_THI_DUA_TINH" } }, Json, Ct);
        var report = await Admin.PutAsJsonAsync(
            $"/api/v1/campaigns/{campaign.Id}/reports/{unknown}/phase-1", new { narrative = "Báo cáo sơ kết đợt 1", indicators = Array.Empty<object>() }, Json, Ct);

        await ShouldBeProblemAsync(registration, HttpStatusCode.NotFound, NotFoundErrors.Unit.Code);
        await ShouldBeProblemAsync(report, HttpStatusCode.NotFound, NotFoundErrors.Unit.Code);
    }

    private async Task<CampaignDetailsDto> LaunchWithOnePhaseAsync()
    {
        Factory.Clock.Now = July10;
        var drafted = await ReadAsync<CampaignDetailsDto>(await DraftAsync(OnePhase()));
        (await Admin.PostAsync($"/api/v1/campaigns/{drafted.Id}/launch", null, Ct)).EnsureSuccessStatusCode();
        return drafted;
    }
}
