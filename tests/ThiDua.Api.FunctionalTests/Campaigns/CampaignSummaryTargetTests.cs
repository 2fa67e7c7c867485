using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.CampaignReports;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Campaigns.GetCampaignOverview;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Units;
using ThiDua.Domain.CampaignReports;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Api.FunctionalTests.Campaigns;

/// <summary>
/// The summary against the campaign's measurable targets: an "at least" and an "at most" target, one row per targeted
/// content whatever the units called their indicators, and rows for targets nobody reported on.
/// </summary>
public sealed class CampaignSummaryTargetTests(ThiDuaApiFactory factory) : CampaignTestBase(factory)
{
    private CampaignDetailsDto _campaign = null!;
    private UnitDetailsDto _general = null!;
    private UnitDetailsDto _children = null!;

    private static readonly object[] Contents =
    [
        new { code = "2.1", text = "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", target = new { value = 95m, unitOfMeasure = "%", direction = "atLeast" } },
        new { code = "2.2", text = "Tỷ lệ nhiễm khuẩn bệnh viện", target = new { value = 5m, unitOfMeasure = "%", direction = "atMost" } },
        new { code = "2.3", text = "100% các cơ quan, đơn vị thực hiện Kế hoạch hành động số 38/KH-SYT", target = new { value = 100m, unitOfMeasure = "%" } },
        new { code = "2.4", text = "Phòng chống dịch bệnh Covid-19", target = (object?)null },
    ];

    private static object Indicator(string name, decimal value, string unitOfMeasure, string? contentCode = null) =>
        new { name, value, unitOfMeasure, contentCode };

    private Task<HttpResponseMessage> ReportAsync(UnitDetailsDto unit, params object[] indicators) =>
        ClientFor(Roles.UnitOfficer, unit.Id).PutAsJsonAsync(
            $"/api/v1/campaigns/{_campaign.Id}/reports/{unit.Id}/phase-1", new { narrative = "Báo cáo sơ kết đợt 1", indicators }, Json, Ct);

    private async Task ArrangeCampaignAsync()
    {
        _campaign = await LaunchLetter1975Async(Letter1975(contents: Contents));
        _general = await Admin.CreateUnitAsync("BVDK-THA", "Bệnh viện Đa khoa tỉnh Thanh Hóa", parentId: Authority.Id, province: "Thanh Hóa");
        _children = await Admin.CreateUnitAsync("BVNHI-THA", "Bệnh viện Nhi Thanh Hóa", parentId: Authority.Id, province: "Thanh Hóa");
    }

    [Fact]
    public async Task Targets_KeepTheirDirection_AtLeastByDefault()
    {
        await ArrangeCampaignAsync();

        _campaign.Contents.Select(c => (c.Code, c.Target?.Direction)).ShouldBe(
            [("2.1", TargetDirection.AtLeast), ("2.2", TargetDirection.AtMost), ("2.3", TargetDirection.AtLeast), ("2.4", (TargetDirection?)null)]);
        var raw = await (await Admin.GetAsync($"/api/v1/campaigns/{_campaign.Id}", Ct)).Content.ReadAsStringAsync(Ct);
        raw.ShouldContain("\"direction\":\"atMost\"");
        raw.ShouldContain("\"direction\":\"atLeast\"");
    }

    [Fact]
    public async Task Reports_MeetAnAtMostTarget_FromBelow_AndAnAtLeastTarget_FromAbove()
    {
        await ArrangeCampaignAsync();

        var general = await ReportAsync(_general,
            Indicator("Tỷ lệ tiêm chủng đầy đủ", 97m, "%", "2.1"), Indicator("Tỷ lệ nhiễm khuẩn bệnh viện", 3m, "%", "2.2"));
        var children = await ReportAsync(_children,
            Indicator("Tỷ lệ trẻ được tiêm chủng", 90m, "%", "2.1"), Indicator("Nhiễm khuẩn mắc phải tại bệnh viện", 7m, "%", "2.2"));

        general.StatusCode.ShouldBe(HttpStatusCode.Created, await general.Content.ReadAsStringAsync(Ct));
        children.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ReadAsync<ReportDto>(general)).Indicators.Select(i => (i.ContentCode, i.TargetMet, i.TargetDirection)).ShouldBe(
            [("2.1", true, TargetDirection.AtLeast), ("2.2", true, TargetDirection.AtMost)]);
        (await ReadAsync<ReportDto>(children)).Indicators.Select(i => (i.ContentCode, i.TargetMet, i.TargetDirection)).ShouldBe(
            [("2.1", false, TargetDirection.AtLeast), ("2.2", false, TargetDirection.AtMost)]);
    }

    [Fact]
    public async Task Summary_HasOneRowPerTargetedContent_WhateverTheIndicatorsAreCalled_AndForTargetsNobodyReported()
    {
        await ArrangeCampaignAsync();
        (await ReportAsync(_general,
            Indicator("Tỷ lệ tiêm chủng đầy đủ", 97m, "%", "2.1"),
            Indicator("Tỷ lệ nhiễm khuẩn bệnh viện", 3m, "%", "2.2"),
            Indicator("Ca bệnh được cách ly", 12m, "ca", "2.4"))).EnsureSuccessStatusCode();
        (await ReportAsync(_children,
            Indicator("Tỷ lệ trẻ được tiêm chủng", 90m, "%", "2.1"),
            Indicator("Nhiễm khuẩn mắc phải tại bệnh viện", 7m, "%", "2.2"),
            Indicator("Ca bệnh được cách ly", 3m, "ca", "2.4"),
            Indicator("Lượt khám", 5000m, "lượt"))).EnsureSuccessStatusCode();

        var summary = await ReadAsync<CampaignOverviewDto>(await Admin.GetAsync($"/api/v1/campaigns/{_campaign.Id}/summary", Ct));

        var phase1 = summary.Reports.ShouldHaveSingleItem();
        phase1.UnitsReported.ShouldBe(2);
        phase1.Indicators.Select(i => (i.ContentCode, i.Name)).ShouldBe(
        [
            ("2.1", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ"),
            ("2.2", "Tỷ lệ nhiễm khuẩn bệnh viện"),
            ("2.3", "100% các cơ quan, đơn vị thực hiện Kế hoạch hành động số 38/KH-SYT"),
            ("2.4", "Ca bệnh được cách ly"),
            (null, "Lượt khám"),
        ]);
        phase1.Indicators[0].ShouldBe(new IndicatorTotalDto(
            "2.1", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", "%", 187m, 93.5m, 2, 95m, 1, TargetDirection.AtLeast));
        phase1.Indicators[1].ShouldBe(new IndicatorTotalDto("2.2", "Tỷ lệ nhiễm khuẩn bệnh viện", "%", 10m, 5m, 2, 5m, 1, TargetDirection.AtMost));
        phase1.Indicators[2].ShouldBe(new IndicatorTotalDto(
            "2.3", "100% các cơ quan, đơn vị thực hiện Kế hoạch hành động số 38/KH-SYT", "%", 0m, null, 0, 100m, 0, TargetDirection.AtLeast));
        phase1.Indicators[3].ShouldBe(new IndicatorTotalDto("2.4", "Ca bệnh được cách ly", "ca", 15m, 7.5m, 2, null, null));
        phase1.Indicators[4].Total.ShouldBe(5000m);
    }

    [Fact]
    public async Task Report_Returns422_ForTwoValuesAgainstTheSameTargetedContent()
    {
        await ArrangeCampaignAsync();

        var response = await ReportAsync(_general, Indicator("Tỷ lệ tiêm chủng đầy đủ", 97m, "%", "2.1"), Indicator("Tỷ lệ tiêm chủng sởi", 98m, "%", "2.1"));

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, ReportErrors.DuplicateIndicator.Code);
        problem.GetProperty("detail").GetString()!.ShouldContain("2.1");
    }

    [Fact]
    public async Task Draft_Returns400_ForAnUnknownTargetDirection()
    {
        await ArrangeAsync();

        var response = await DraftAsync(Letter1975(contents: new object[]
        {
            new { code = "2.1", text = "Tỷ lệ nhiễm khuẩn bệnh viện", target = new { value = 5m, unitOfMeasure = "%", direction = "below" } },
        }));

        await ShouldBeProblemAsync(response, HttpStatusCode.BadRequest, FrameworkErrors.MalformedRequest.Code);
    }
}
