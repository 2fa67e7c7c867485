using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Campaigns;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.CampaignRegistrations;
using ThiDua.Application.CampaignReports;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.History;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Units;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.CampaignReports;
using ThiDua.Domain.Common;

namespace ThiDua.Api.FunctionalTests.History;

/// <summary>
/// Historical record mode for campaign registrations and reports (ADR 0014), on seed 003's letter 1975/SYT-VP of 2020
/// (registration deadline 31/07/2020; phase 1 26/06–27/07, phase 2 from 28/07), entered today.
/// </summary>
public sealed class CampaignHistoryTests(ThiDuaApiFactory factory) : CampaignTestBase(factory)
{
    private static readonly DateTimeOffset Today = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(7));

    private CampaignDetailsDto _campaign = null!;
    private UnitDetailsDto _hospital = null!;

    private HttpClient Council => ClientFor(Roles.Council, Authority.Id);

    private static object Historical(string occurredOn, string number = "112/BVĐK-TCCB", string date = "2020-07-20") =>
        new { occurredOn, sourceDocument = new { number, date, issuer = "Bệnh viện Đa khoa tỉnh Thanh Hóa" } };

    private static object Registration(object? historical) => new { targetTitles = new[] { "CO_THI_DUA_TINH" }, historical };

    private static object Report(object? historical) => new
    {
        narrative = "Báo cáo kết quả thực hiện phong trào thi đua",
        indicators = new[] { new { name = "Tỷ lệ đơn vị thực hiện Kế hoạch 38/KH-SYT", value = 100m, unitOfMeasure = "%", contentCode = "2.3" } },
        historical,
    };

    private async Task ArrangeCampaignAsync()
    {
        _campaign = await LaunchLetter1975Async();
        _hospital = await Admin.CreateUnitAsync("BVDK-THA", "Bệnh viện Đa khoa tỉnh Thanh Hóa", parentId: Authority.Id, province: "Thanh Hóa");
        Factory.Clock.Now = Today;
    }

    private Task<HttpResponseMessage> RegisterAsync(HttpClient client, object body) =>
        client.PutAsJsonAsync($"/api/v1/campaigns/{_campaign.Id}/registrations/{_hospital.Id}", body, Json, Ct);

    private Task<HttpResponseMessage> ReportAsync(HttpClient client, string period, object body) =>
        client.PutAsJsonAsync($"/api/v1/campaigns/{_campaign.Id}/reports/{_hospital.Id}/{period}", body, Json, Ct);

    [Fact]
    public async Task A2020Registration_EnteredAsHistory_IsCheckedAgainstItsOwnDate_AndApprovedAsHistory()
    {
        await ArrangeCampaignAsync();
        // Live today the deadline has long passed.
        await ShouldBeProblemAsync(await RegisterAsync(ClientFor(Roles.UnitOfficer, _hospital.Id), Registration(null)), HttpStatusCode.UnprocessableEntity, RegistrationErrors.DeadlinePassed.Code);
        // As history: the day after the deadline is late; the deadline itself is in time.
        await ShouldBeProblemAsync(await RegisterAsync(Council, Registration(Historical("2020-08-01"))), HttpStatusCode.UnprocessableEntity, RegistrationErrors.DeadlinePassed.Code);
        var created = await RegisterAsync(Council, Registration(Historical("2020-07-31")));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var registration = await ReadAsync<RegistrationDto>(created);
        registration.RecordedAs.ShouldBe(RecordingMode.History);
        registration.History.ShouldNotBeNull().ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            h => h.Action.ShouldBe("submitted"),
            h => h.OccurredOn.ShouldBe(new DateOnly(2020, 7, 31)),
            h => h.EnteredBy.ShouldBe("test-council"),
            h => h.SourceDocument.Number.ShouldBe("112/BVĐK-TCCB"));

        // A live revision cannot change it; a historical approval before the submission is refused.
        await ShouldBeProblemAsync(await RegisterAsync(Council, Registration(null)), HttpStatusCode.Conflict, HistoryErrors.RecordIsHistorical.Code);
        var approve = $"/api/v1/campaigns/{_campaign.Id}/registrations/{_hospital.Id}/approve";
        await ShouldBeProblemAsync(
            await Council.PostAsJsonAsync(approve, new { historical = Historical("2020-07-30", "2101/SYT-TCCB", "2020-07-30") }, Json, Ct),
            HttpStatusCode.UnprocessableEntity,
            HistoryErrors.DateBeforePreviousAct.Code);
        var approved = await Council.PostAsJsonAsync(approve, new { historical = Historical("2020-08-05", "2101/SYT-TCCB", "2020-08-05") }, Json, Ct);
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync(Ct));
        var result = await ReadAsync<RegistrationDto>(approved);
        result.Status.ShouldBe(RegistrationStatus.Approved);
        result.History!.Select(h => h.Action).ShouldBe(["submitted", "approved"]);
    }

    [Fact]
    public async Task HistoricalRegistrations_OutsideThePeriod_InTheFuture_OrByTheWrongRole_AreRefused()
    {
        await ArrangeCampaignAsync();
        // Before the launch letter of 01/07/2020.
        await ShouldBeProblemAsync(await RegisterAsync(Council, Registration(Historical("2020-06-30"))), HttpStatusCode.UnprocessableEntity, HistoryErrors.DateOutsidePeriod.Code);
        await ShouldBeProblemAsync(await RegisterAsync(Council, Registration(Historical("2026-12-05", date: "2026-12-04"))), HttpStatusCode.UnprocessableEntity, HistoryErrors.DateInFuture.Code);
        await ShouldBeProblemAsync(await RegisterAsync(ClientFor(Roles.UnitOfficer, _hospital.Id), Registration(Historical("2020-07-20"))), HttpStatusCode.Forbidden, HistoryRecording.RoleNotAllowed.Code);
        await ShouldBeProblemAsync(
            await RegisterAsync(ClientFor(Roles.Integration, Authority.Id, "thidua.write"), Registration(Historical("2020-07-20"))), HttpStatusCode.Forbidden, HistoryRecording.RoleNotAllowed.Code);
        (await RegisterAsync(Council, Registration(Historical("2020-07-01")))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task ALiveRegistration_CannotBeChangedAsHistory()
    {
        await ArrangeCampaignAsync();
        Factory.Clock.Now = July10;
        (await RegisterAsync(ClientFor(Roles.UnitOfficer, _hospital.Id), Registration(null))).StatusCode.ShouldBe(HttpStatusCode.Created);
        Factory.Clock.Now = Today;
        await ShouldBeProblemAsync(await RegisterAsync(Council, Registration(Historical("2020-07-20"))), HttpStatusCode.Conflict, HistoryErrors.RecordIsLive.Code);
        await ShouldBeProblemAsync(
            await Council.PostAsJsonAsync($"/api/v1/campaigns/{_campaign.Id}/registrations/{_hospital.Id}/reject", new { reason = "Thiếu mô hình", historical = Historical("2020-08-05") }, Json, Ct),
            HttpStatusCode.Conflict,
            HistoryErrors.RecordIsLive.Code);
    }

    [Fact]
    public async Task ALiveReport_CannotBeChangedAsHistory()
    {
        await ArrangeCampaignAsync();
        Factory.Clock.Now = July10;
        (await ReportAsync(ClientFor(Roles.UnitOfficer, _hospital.Id), "phase-1", Report(null))).StatusCode.ShouldBe(HttpStatusCode.Created);
        Factory.Clock.Now = Today;
        await ShouldBeProblemAsync(await ReportAsync(Council, "phase-1", Report(Historical("2020-07-20"))), HttpStatusCode.Conflict, HistoryErrors.RecordIsLive.Code);
    }

    [Fact]
    public async Task Reports_EnteredAsHistory_AreCheckedAgainstTheirPhase_AndStayHistorical()
    {
        await ArrangeCampaignAsync();
        // Phase 2 starts on 28/07/2020: a report dated the day before is refused, one dated that day is accepted.
        await ShouldBeProblemAsync(await ReportAsync(Council, "phase-2", Report(Historical("2020-07-27"))), HttpStatusCode.UnprocessableEntity, ReportErrors.PhaseNotStarted.Code);
        var created = await ReportAsync(Council, "phase-2", Report(Historical("2020-07-28")));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var report = await ReadAsync<ReportDto>(created);
        report.RecordedAs.ShouldBe(RecordingMode.History);
        report.History.ShouldNotBeNull().ShouldHaveSingleItem().OccurredOn.ShouldBe(new DateOnly(2020, 7, 28));

        await ShouldBeProblemAsync(await ReportAsync(ClientFor(Roles.UnitOfficer, _hospital.Id), "phase-2", Report(null)), HttpStatusCode.Conflict, HistoryErrors.RecordIsHistorical.Code);
        await ShouldBeProblemAsync(await ReportAsync(Council, "phase-2", Report(Historical("2020-07-27"))), HttpStatusCode.UnprocessableEntity, HistoryErrors.DateBeforePreviousAct.Code);
        var revised = await ReportAsync(Council, "phase-2", Report(Historical("2020-12-20", "150/BVĐK-TCCB", "2020-12-20")));
        revised.StatusCode.ShouldBe(HttpStatusCode.OK, await revised.Content.ReadAsStringAsync(Ct));
        (await ReadAsync<ReportDto>(revised)).History!.Select(h => h.Action).ShouldBe(["submitted", "revised"]);

        await ShouldBeProblemAsync(await ReportAsync(Council, "final", Report(Historical("2020-06-30"))), HttpStatusCode.UnprocessableEntity, HistoryErrors.DateOutsidePeriod.Code);
        await ShouldBeProblemAsync(await ReportAsync(ClientFor(Roles.UnitOfficer, _hospital.Id), "final", Report(Historical("2020-12-20"))), HttpStatusCode.Forbidden, HistoryRecording.RoleNotAllowed.Code);
        (await ReportAsync(Council, "final", Report(Historical("2020-12-20", "150/BVĐK-TCCB", "2020-12-20")))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
