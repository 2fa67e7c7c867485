using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.CampaignRegistrations;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Campaigns.GetCampaignOverview;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Units;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Api.FunctionalTests.Campaigns;

/// <summary>
/// Seed 003 end to end: letter 1975/SYT-VP with its two phases and ten contents is launched without a registration
/// deadline, as the letter sets none; three units register (one is rejected, corrects and is approved), report on phase 1,
/// a fourth registers in December, and the Sở closes the movement with its final review, after which no one registers.
/// </summary>
public sealed class Letter1975ScenarioTests(ThiDuaApiFactory factory) : CampaignTestBase(factory)
{
    private CampaignDetailsDto _campaign = null!;

    private HttpClient Council => ClientFor(Roles.Council, Authority.Id);

    private async Task<UnitDetailsDto> UnitAsync(string code, string name, string kind = "hospital") =>
        await Admin.CreateUnitAsync(code, name, parentId: Authority.Id, kind: kind, province: "Thanh Hóa");

    private async Task RegisterAsync(UnitDetailsDto unit, object registration, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await ClientFor(Roles.UnitOfficer, unit.Id)
            .PutAsJsonAsync($"/api/v1/campaigns/{_campaign.Id}/registrations/{unit.Id}", registration, Json, Ct);
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync(Ct));
    }

    private async Task ReviewAsync(UnitDetailsDto unit, string action, object? body = null)
    {
        var response = await Council.PostAsJsonAsync($"/api/v1/campaigns/{_campaign.Id}/registrations/{unit.Id}/{action}", body ?? new { }, Json, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
    }

    private Task<HttpResponseMessage> ReportAsync(UnitDetailsDto unit, string period, params object[] indicators) =>
        ClientFor(Roles.UnitOfficer, unit.Id).PutAsJsonAsync(
            $"/api/v1/campaigns/{_campaign.Id}/reports/{unit.Id}/{period}",
            new { narrative = $"Báo cáo sơ kết đợt 1 của {unit.Name}.", indicators },
            Json,
            Ct);

    private static object Indicator(string name, decimal value, string unitOfMeasure, string? contentCode = null) =>
        new { name, value, unitOfMeasure, contentCode };

    [Fact]
    public async Task Letter1975_IsLaunched_ThreeUnitsRegisterAndReportOnPhase1_AndTheMovementCloses()
    {
        _campaign = await LaunchLetter1975Async(Letter1975(registrationDeadline: null));
        _campaign.Letter.Number.ShouldBe("1975/SYT-VP");
        _campaign.RegistrationDeadline.ShouldBeNull();
        _campaign.Phases.Count.ShouldBe(2);
        _campaign.Contents.Select(c => c.Code).ShouldBe(Enumerable.Range(1, 10).Select(i => $"2.{i}"));
        var bvdk = await UnitAsync("BVDK-THA", "Bệnh viện Đa khoa tỉnh Thanh Hóa");
        var nhi = await UnitAsync("BVNHI-THA", "Bệnh viện Nhi Thanh Hóa");
        var cdc = await UnitAsync("CDC-THA", "Trung tâm Kiểm soát bệnh tật tỉnh Thanh Hóa", "centre");
        var nongCong = await UnitAsync("TTYT-NC", "Trung tâm Y tế huyện Nông Cống", "centre");

        // Registrations (July 2020).
        await RegisterAsync(bvdk, new
        {
            targetTitles = new[] { "CO_THI_DUA_TINH", "CO_THI_DUA_CP" },
            models = new[] { new { name = "Bệnh viện xanh - sạch - đẹp, giảm thiểu chất thải nhựa", description = (string?)null, expectedResults = "100% khoa, phòng không dùng túi nilon" } },
            individualTargets = new[] { new { fullName = "Nguyễn Văn Bình", position = "Trưởng khoa Ngoại", targetTitle = "CSTDCS" } },
        });
        await RegisterAsync(nhi, new { targetTitles = new[] { "CO_THI_DUA_TINH" } });
        await RegisterAsync(cdc, new
        {
            targetTitles = new[] { "TTLDXS" },
            models = new[] { new { name = "Phát hiện sớm, khoanh vùng, dập dịch Covid-19", description = "Giám sát tại cộng đồng", expectedResults = "Không để dịch lớn xảy ra" } },
            individualTargets = new[]
            {
                new { fullName = "Lê Thị Hoa", position = "Khoa Kiểm soát bệnh truyền nhiễm", targetTitle = "CSTDCS" },
                new { fullName = "Trần Văn Nam", position = "Khoa Xét nghiệm", targetTitle = "LDTT" },
            },
        });
        await ReviewAsync(bvdk, "approve");
        await ReviewAsync(cdc, "approve");
        await ReviewAsync(nhi, "reject", new { reason = "Chưa đăng ký mô hình thi đua" });
        await RegisterAsync(nhi, new
        {
            targetTitles = new[] { "CO_THI_DUA_TINH" },
            models = new[] { new { name = "Chăm sóc trẻ em toàn diện", description = (string?)null, expectedResults = (string?)null } },
        }, HttpStatusCode.OK);
        await ReviewAsync(nhi, "approve");

        // Phase 1 reports (the phase ran 26/6 – 27/7; reported on 28 July).
        Factory.Clock.Now = new DateTimeOffset(2020, 7, 28, 9, 0, 0, TimeSpan.FromHours(7));
        (await ReportAsync(bvdk, "phase-1",
            Indicator("Đơn vị máu tiếp nhận", 83m, "đơn vị", "2.5"),
            Indicator("Tỷ lệ khoa, phòng thực hiện Kế hoạch 38/KH-SYT", 100m, "%", "2.3"),
            Indicator("Đề tài nghiên cứu khoa học được nghiệm thu", 22m, "đề tài", "2.2"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ReportAsync(nhi, "phase-1", Indicator("Tỷ lệ khoa, phòng thực hiện Kế hoạch 38/KH-SYT", 95m, "%", "2.3"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ReportAsync(cdc, "phase-1",
            Indicator("Đơn vị máu tiếp nhận", 117m, "đơn vị", "2.5"),
            Indicator("Cơ sở thực phẩm được kiểm tra", 195m, "cơ sở"),
            Indicator("Cơ sở thực phẩm đạt yêu cầu", 173m, "cơ sở"),
            Indicator("Hoạt động hưởng ứng", 4m, "hoạt động", "2.10"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var summary = await ReadAsync<CampaignOverviewDto>(await Admin.GetAsync($"/api/v1/campaigns/{_campaign.Id}/summary", Ct));
        summary.UnitsAddressed.ShouldBe(4);
        summary.Registrations.ShouldBe(new RegistrationCountsDto(0, 3, 0, 1));
        summary.TargetTitles.Select(t => (t.AwardType.Code, t.Approved)).ShouldBe(
            [("CO_THI_DUA_TINH", 2), ("CO_THI_DUA_CP", 1), ("TTLDXS", 1)]);
        summary.IndividualTargetTitles.Select(t => (t.AwardType.Code, t.Approved)).ShouldBe([("CSTDCS", 2), ("LDTT", 1)]);
        summary.EmulationModels.ShouldBe(3);
        var phase1 = summary.Reports.ShouldHaveSingleItem();
        phase1.Period.ShouldBe("phase-1");
        phase1.UnitsReported.ShouldBe(3);
        // In the letter's order (2.10 after 2.7, not after 2.1), targeted contents included even when unreported (2.7).
        phase1.Indicators.Where(i => i.ContentCode is not null).Select(i => i.ContentCode).ShouldBe(["2.2", "2.3", "2.5", "2.7", "2.10"]);
        phase1.Indicators.Single(i => i.ContentCode == "2.7").Average.ShouldBeNull();
        var blood = phase1.Indicators.Single(i => i.ContentCode == "2.5");
        (blood.Total, blood.Units).ShouldBe((200m, 2));
        var plan38 = phase1.Indicators.Single(i => i.ContentCode == "2.3");
        (plan38.Target, plan38.Units, plan38.UnitsMeetingTarget, plan38.Average).ShouldBe((100m, 2, 1, 97.5m));
        phase1.Indicators.Where(i => i.ContentCode is null).Select(i => (i.Name, i.Total)).ShouldBe(
            [("Cơ sở thực phẩm được kiểm tra", 195m), ("Cơ sở thực phẩm đạt yêu cầu", 173m)]);

        // Without a deadline, a unit still registers in December, while the movement is open.
        Factory.Clock.Now = new DateTimeOffset(2020, 12, 20, 9, 0, 0, TimeSpan.FromHours(7));
        await RegisterAsync(nongCong, new { targetTitles = new[] { "TTLDTT" } });
        await ReviewAsync(nongCong, "approve");

        // The final review (tổng kết), after which nothing changes.
        Factory.Clock.Now = new DateTimeOffset(2021, 1, 15, 15, 0, 0, TimeSpan.FromHours(7));
        var closed = await Council.PostAsJsonAsync($"/api/v1/campaigns/{_campaign.Id}/close", new
        {
            date = "2021-01-15",
            document = new { number = "25/BC-SYT", date = "2021-01-15", issuer = "Sở Y tế Thanh Hóa" },
            summary = "Các đơn vị hưởng ứng sôi nổi; 3/4 đơn vị đăng ký thi đua và báo cáo sơ kết đợt 1.",
        }, Json, Ct);
        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync(Ct));
        (await ReadAsync<CampaignDetailsDto>(closed)).Status.ShouldBe(CampaignStatus.Closed);

        var registration = await ClientFor(Roles.UnitOfficer, nhi.Id)
            .PutAsJsonAsync($"/api/v1/campaigns/{_campaign.Id}/registrations/{nhi.Id}", new { targetTitles = new[] { "CO_THI_DUA_TINH" } }, Json, Ct);
        var report = await ReportAsync(cdc, "phase-1", Indicator("Đơn vị máu tiếp nhận", 120m, "đơn vị", "2.5"));
        var finalReport = await ReportAsync(cdc, "final");
        var reject = await Council.PostAsJsonAsync($"/api/v1/campaigns/{_campaign.Id}/registrations/{bvdk.Id}/reject", new { reason = "Muộn" }, Json, Ct);
        await ShouldBeProblemAsync(registration, HttpStatusCode.Conflict, CampaignErrors.Closed.Code);
        await ShouldBeProblemAsync(report, HttpStatusCode.Conflict, CampaignErrors.Closed.Code);
        await ShouldBeProblemAsync(finalReport, HttpStatusCode.Conflict, CampaignErrors.Closed.Code);
        await ShouldBeProblemAsync(reject, HttpStatusCode.Conflict, CampaignErrors.Closed.Code);

        var after = await ReadAsync<CampaignOverviewDto>(await Admin.GetAsync($"/api/v1/campaigns/{_campaign.Id}/summary", Ct));
        after.Status.ShouldBe(CampaignStatus.Closed);
        after.FinalReview!.Document.Number.ShouldBe("25/BC-SYT");
        after.Reports.ShouldHaveSingleItem().Indicators.Single(i => i.ContentCode == "2.5").Total.ShouldBe(200m);
        (await ReadAsync<RegistrationDto>(await Admin.GetAsync($"/api/v1/campaigns/{_campaign.Id}/registrations/{nhi.Id}", Ct))).Status
            .ShouldBe(RegistrationStatus.Approved);
    }
}
