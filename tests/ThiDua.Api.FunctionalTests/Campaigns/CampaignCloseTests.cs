using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Api.FunctionalTests.Campaigns;

/// <summary>Closing a campaign with its final review (tổng kết) over HTTP.</summary>
public sealed class CampaignCloseTests(ThiDuaApiFactory factory) : CampaignTestBase(factory)
{
    private static readonly DateTimeOffset January15 = new(2021, 1, 15, 15, 0, 0, TimeSpan.FromHours(7));

    private static object Review(string date = "2021-01-15", string number = "25/BC-SYT") => new
    {
        date,
        document = new { number, date, issuer = "Sở Y tế Thanh Hóa" },
        summary = "Tổng kết phong trào thi đua yêu nước năm 2020 ngành y tế Thanh Hóa.",
    };

    private Task<HttpResponseMessage> CloseAsync(Guid campaignId, object review, HttpClient? client = null) =>
        (client ?? ClientFor(Roles.Council, Authority.Id)).PostAsJsonAsync($"/api/v1/campaigns/{campaignId}/close", review, Json, Ct);

    [Fact]
    public async Task Close_RecordsTheFinalReview()
    {
        var campaign = await LaunchLetter1975Async();
        Factory.Clock.Now = January15;

        var closed = await CloseAsync(campaign.Id, Review());

        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync(Ct));
        var body = await ReadAsync<CampaignDetailsDto>(closed);
        body.Status.ShouldBe(CampaignStatus.Closed);
        body.FinalReview!.Document.Number.ShouldBe("25/BC-SYT");
        body.FinalReview.Date.ShouldBe(new DateOnly(2021, 1, 15));
        await ShouldBeProblemAsync(await CloseAsync(campaign.Id, Review()), HttpStatusCode.Conflict, CampaignErrors.Closed.Code);
        var append = await Admin.PostAsJsonAsync($"/api/v1/campaigns/{campaign.Id}/phases", new { name = "Đợt 3", start = "2021-01-01", end = "2021-01-31" }, Json, Ct);
        await ShouldBeProblemAsync(append, HttpStatusCode.Conflict, CampaignErrors.Closed.Code);
    }

    [Fact]
    public async Task Close_Returns422_WhileARegistrationAwaitsReview()
    {
        var campaign = await LaunchLetter1975Async();
        var hospital = await Admin.CreateUnitAsync("BVDK-THA", parentId: Authority.Id, province: "Thanh Hóa");
        (await ClientFor(Roles.UnitOfficer, hospital.Id).PutAsJsonAsync(
            $"/api/v1/campaigns/{campaign.Id}/registrations/{hospital.Id}", new { targetTitles = new[] { "CO_THI_DUA_TINH" } }, Json, Ct)).EnsureSuccessStatusCode();
        Factory.Clock.Now = January15;

        var response = await CloseAsync(campaign.Id, Review());

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, CampaignErrors.RegistrationsAwaitingReview.Code);
    }

    [Fact]
    public async Task Close_Returns422_ForAReviewDatedBeforeTheLetterOrInTheFuture()
    {
        var campaign = await LaunchLetter1975Async();
        Factory.Clock.Now = January15;

        var before = await CloseAsync(campaign.Id, Review("2020-06-30"));
        var future = await CloseAsync(campaign.Id, Review("2021-01-16"));

        await ShouldBeProblemAsync(before, HttpStatusCode.UnprocessableEntity, CampaignErrors.ReviewBeforeLaunch.Code);
        await ShouldBeProblemAsync(future, HttpStatusCode.UnprocessableEntity, CampaignErrors.ReviewInFuture.Code);
    }

    [Fact]
    public async Task Close_Returns422_ForAReviewDatedBeforeTheLastPhaseStarts_ButAcceptsOneBeforeItEnds()
    {
        // Phase 2, the last, runs 2020-07-28 – 2020-12-31.
        var campaign = await LaunchLetter1975Async();
        Factory.Clock.Now = January15;

        var early = await CloseAsync(campaign.Id, Review("2020-07-27"));
        var yearEnd = await CloseAsync(campaign.Id, Review("2020-12-22"));

        var problem = await ShouldBeProblemAsync(early, HttpStatusCode.UnprocessableEntity, CampaignErrors.ReviewBeforeLastPhase.Code);
        problem.GetProperty("detail").GetString()!.ShouldContain("2020-07-28");
        yearEnd.StatusCode.ShouldBe(HttpStatusCode.OK, await yearEnd.Content.ReadAsStringAsync(Ct));
        (await ReadAsync<CampaignDetailsDto>(yearEnd)).FinalReview!.Date.ShouldBe(new DateOnly(2020, 12, 22));
    }

    [Fact]
    public async Task Close_Returns409_ForADraft_403_ForAUnitOfficer_And400_WithoutADocument()
    {
        await ArrangeAsync();
        Factory.Clock.Now = January15;
        var draft = await ReadAsync<CampaignDetailsDto>(await DraftAsync(Letter1975()));

        await ShouldBeProblemAsync(await CloseAsync(draft.Id, Review()), HttpStatusCode.Conflict, CampaignErrors.NotLaunched.Code);
        await ShouldBeProblemAsync(await CloseAsync(draft.Id, Review(), ClientFor(Roles.UnitOfficer, Authority.Id)), HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        await ShouldBeValidationProblemAsync(await CloseAsync(draft.Id, new { date = "2021-01-15", summary = "Tổng kết" }), "document");
    }

    [Fact]
    public async Task Close_Returns400_UnderTheBodysFieldName_ForAMissingDate()
    {
        var campaign = await LaunchLetter1975Async();
        Factory.Clock.Now = January15;

        var response = await CloseAsync(campaign.Id, new
        {
            document = new { number = "25/BC-SYT", date = "2021-01-15", issuer = "Sở Y tế Thanh Hóa" },
            summary = "Tổng kết",
        });

        var problem = await ShouldBeValidationProblemAsync(response, "date");
        problem.GetProperty("errors").TryGetProperty("reviewDate", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Close_AndARegistrationAtTheSameTime_CloseFirst_RefusesTheRegistrationAsClosed()
    {
        var (campaign, hospital) = await ArrangeCloseDuringRegistrationAsync();

        // The close queues on the campaign's row first; the registration declares its lock on the campaign (ADR 0020) and
        // takes it before reading, so it queues behind the close and then reads the campaign closed.
        HttpResponseMessage close, registration;
        await using (var rowLock = await RowLock.AcquireAsync(Factory.ConnectionString, LockedTable.Campaigns, campaign.Id, Ct))
        {
            var closing = CloseAsync(campaign.Id, Review("2020-07-29"));
            await rowLock.WaitForWaitersAsync(1, Ct);
            var registering = RegisterAsync(campaign.Id, hospital.Id);
            await rowLock.WaitForWaitersAsync(2, Ct);
            await rowLock.ReleaseAsync();
            (close, registration) = (await closing, await registering);
        }

        close.StatusCode.ShouldBe(HttpStatusCode.OK, await close.Content.ReadAsStringAsync(Ct));
        await ShouldBeProblemAsync(registration, HttpStatusCode.Conflict, CampaignErrors.Closed.Code);
    }

    [Fact]
    public async Task Close_AndARegistrationAtTheSameTime_RegistrationFirst_RefusesTheCloseWhileItAwaitsReview()
    {
        var (campaign, hospital) = await ArrangeCloseDuringRegistrationAsync();

        // The registration holds the campaign shared first; the close waits for it, then counts it as awaiting review.
        HttpResponseMessage close, registration;
        await using (var rowLock = await RowLock.AcquireAsync(Factory.ConnectionString, LockedTable.Campaigns, campaign.Id, Ct))
        {
            var registering = RegisterAsync(campaign.Id, hospital.Id);
            await rowLock.WaitForWaitersAsync(1, Ct);
            var closing = CloseAsync(campaign.Id, Review("2020-07-29"));
            await rowLock.WaitForWaitersAsync(2, Ct);
            await rowLock.ReleaseAsync();
            (close, registration) = (await closing, await registering);
        }

        registration.StatusCode.ShouldBe(HttpStatusCode.Created, await registration.Content.ReadAsStringAsync(Ct));
        await ShouldBeProblemAsync(close, HttpStatusCode.UnprocessableEntity, CampaignErrors.RegistrationsAwaitingReview.Code);
    }

    private async Task<(CampaignDetailsDto Campaign, ThiDua.Application.Units.UnitDetailsDto Hospital)> ArrangeCloseDuringRegistrationAsync()
    {
        var campaign = await LaunchLetter1975Async();
        var hospital = await Admin.CreateUnitAsync("BVDK-THA", parentId: Authority.Id, province: "Thanh Hóa");

        // After the last phase has started (28 July), before the registration deadline (31 July).
        Factory.Clock.Now = new DateTimeOffset(2020, 7, 29, 9, 0, 0, TimeSpan.FromHours(7));
        return (campaign, hospital);
    }

    private Task<HttpResponseMessage> RegisterAsync(Guid campaignId, Guid unitId) =>
        ClientFor(Roles.UnitOfficer, unitId).PutAsJsonAsync(
            $"/api/v1/campaigns/{campaignId}/registrations/{unitId}", new { targetTitles = new[] { "CO_THI_DUA_TINH" } }, Json, Ct);
}
