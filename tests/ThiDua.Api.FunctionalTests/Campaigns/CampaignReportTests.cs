using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.CampaignReports;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Campaigns.GetCampaignOverview;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Units;
using ThiDua.Domain.CampaignReports;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Api.FunctionalTests.Campaigns;

/// <summary>Phase and final reports over HTTP: indicators against content targets, phases, own unit.</summary>
public sealed class CampaignReportTests(ThiDuaApiFactory factory) : CampaignTestBase(factory)
{
    private CampaignDetailsDto _campaign = null!;
    private UnitDetailsDto _cdc = null!;

    private static object Report(params object[] indicators) => new
    {
        narrative = "Tổ chức hiến máu tình nguyện nhân Ngày Thương binh Liệt sỹ; kiểm tra an toàn thực phẩm.",
        indicators,
    };

    private static object Indicator(string name, decimal value, string unitOfMeasure, string? contentCode = null) =>
        new { name, value, unitOfMeasure, contentCode };

    private async Task ArrangeCampaignAsync()
    {
        _campaign = await LaunchLetter1975Async();
        _cdc = await Admin.CreateUnitAsync("CDC-THA", "Trung tâm Kiểm soát bệnh tật tỉnh Thanh Hóa", parentId: Authority.Id, kind: "centre", province: "Thanh Hóa");
    }

    private string Url(Guid unitId, string period) => $"/api/v1/campaigns/{_campaign.Id}/reports/{unitId}/{period}";

    private Task<HttpResponseMessage> PutAsync(HttpClient client, Guid unitId, string period, object body) =>
        client.PutAsJsonAsync(Url(unitId, period), body, Json, Ct);

    private HttpClient Officer(Guid unitId) => ClientFor(Roles.UnitOfficer, unitId);

    [Fact]
    public async Task PhaseReport_IsSubmittedAndRevised_WithIndicatorsMeasuredAgainstTargets()
    {
        await ArrangeCampaignAsync();
        var officer = Officer(_cdc.Id);

        var created = await PutAsync(officer, _cdc.Id, "phase-1", Report(
            Indicator("Tỷ lệ khoa, phòng thực hiện Kế hoạch 38/KH-SYT", 100m, "%", "2.3"),
            Indicator("Tỷ lệ thủ tục hành chính giải quyết đúng hạn", 96.5m, "%", "2.7"),
            Indicator("Đơn vị máu tiếp nhận", 117m, "đơn vị", "2.5")));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        created.Headers.Location!.ToString().ShouldBe(Url(_cdc.Id, "phase-1"));
        var report = await ReadAsync<ReportDto>(created);
        report.Period.ShouldBe("phase-1");
        report.Indicators.Select(i => (i.ContentCode, i.Target, i.TargetMet)).ShouldBe([("2.3", 100m, true), ("2.7", 100m, false), ("2.5", null, null)]);

        var revised = await PutAsync(officer, _cdc.Id, "phase-1", Report(Indicator("Đơn vị máu tiếp nhận", 120m, "đơn vị", "2.5")));
        revised.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync<ReportDto>(revised)).Indicators.ShouldHaveSingleItem().Value.ShouldBe(120m);
        var read = await ReadAsync<ReportDto>(await Admin.GetAsync(Url(_cdc.Id, "phase-1"), Ct));
        read.Indicators.ShouldHaveSingleItem().Value.ShouldBe(120m);
        read.Version.ShouldNotBe(report.Version);
    }

    [Fact]
    public async Task Report_Returns422_ForAnUnknownPhase_OrAPhaseNotStarted()
    {
        await ArrangeCampaignAsync();
        var officer = Officer(_cdc.Id);

        var unknown = await PutAsync(officer, _cdc.Id, "phase-3", Report());
        var early = await PutAsync(officer, _cdc.Id, "phase-2", Report()); // phase 2 starts on 28 July; the clock says 10 July

        await ShouldBeProblemAsync(unknown, HttpStatusCode.UnprocessableEntity, ReportErrors.UnknownPhase.Code);
        await ShouldBeProblemAsync(early, HttpStatusCode.UnprocessableEntity, ReportErrors.PhaseNotStarted.Code);
    }

    [Fact]
    public async Task Report_Returns422_ForIndicatorsThatDoNotMatchTheContents()
    {
        await ArrangeCampaignAsync();
        var officer = Officer(_cdc.Id);

        var unknown = await PutAsync(officer, _cdc.Id, "phase-1", Report(Indicator("Số đề tài", 22m, "đề tài", "9.9")));
        var mismatch = await PutAsync(officer, _cdc.Id, "phase-1", Report(Indicator("Số khoa thực hiện", 12m, "khoa", "2.3")));
        var duplicate = await PutAsync(officer, _cdc.Id, "phase-1", Report(Indicator("Đơn vị máu", 117m, "đơn vị", "2.5"), Indicator("ĐƠN VỊ MÁU", 1m, "đơn vị", "2.5")));
        var negative = await PutAsync(officer, _cdc.Id, "phase-1", Report(Indicator("Đơn vị máu", -1m, "đơn vị")));

        await ShouldBeProblemAsync(unknown, HttpStatusCode.UnprocessableEntity, ReportErrors.UnknownContent.Code);
        await ShouldBeProblemAsync(mismatch, HttpStatusCode.UnprocessableEntity, ReportErrors.IndicatorUnitMismatch.Code);
        await ShouldBeProblemAsync(duplicate, HttpStatusCode.UnprocessableEntity, ReportErrors.DuplicateIndicator.Code);
        await ShouldBeValidationProblemAsync(negative, "indicators[0].value");
    }

    [Fact]
    public async Task Report_Returns403_ForAnotherUnitsReport_And422_OutsideTheScope()
    {
        await ArrangeCampaignAsync();
        var nhi = await Admin.CreateUnitAsync("BVNHI-THA", parentId: Authority.Id, province: "Thanh Hóa");
        var hanoi = await Admin.CreateUnitAsync("BV-HN");

        var other = await PutAsync(Officer(nhi.Id), _cdc.Id, "phase-1", Report());
        var outside = await PutAsync(Officer(hanoi.Id), hanoi.Id, "phase-1", Report());

        await ShouldBeProblemAsync(other, HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
        await ShouldBeProblemAsync(outside, HttpStatusCode.UnprocessableEntity, ReportErrors.UnitOutOfScope.Code);
    }

    [Fact]
    public async Task FinalReport_IsSeparateFromPhaseReports_AndListsFilterByPeriodAndUnit()
    {
        await ArrangeCampaignAsync();
        var nhi = await Admin.CreateUnitAsync("BVNHI-THA", parentId: Authority.Id, province: "Thanh Hóa");
        (await PutAsync(Officer(_cdc.Id), _cdc.Id, "phase-1", Report())).EnsureSuccessStatusCode();
        (await PutAsync(Officer(nhi.Id), nhi.Id, "phase-1", Report())).EnsureSuccessStatusCode();
        var final = await PutAsync(Officer(_cdc.Id), _cdc.Id, "final", Report(Indicator("Cơ sở thực phẩm được kiểm tra", 195m, "cơ sở")));
        final.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ReadAsync<ReportDto>(final)).PhaseNumber.ShouldBeNull();
        var url = $"/api/v1/campaigns/{_campaign.Id}/reports";

        var phase1 = await ReadAsync<Page<ReportSummaryDto>>(await Admin.GetAsync($"{url}?period=phase-1", Ct));
        var finals = await ReadAsync<Page<ReportSummaryDto>>(await Admin.GetAsync($"{url}?period=final", Ct));
        var ofCdc = await ReadAsync<Page<ReportSummaryDto>>(await Admin.GetAsync($"{url}?unitId={_cdc.Id}", Ct));

        phase1.Items.Select(r => r.Unit.Code).ShouldBe(["CDC-THA", "BVNHI-THA"]);
        finals.Items.ShouldHaveSingleItem().Period.ShouldBe("final");
        ofCdc.Items.Select(r => r.Period).ShouldBe(["phase-1", "final"]);
        await ShouldBeValidationProblemAsync(await Admin.GetAsync($"{url}?period=dot-1", Ct), "period");
        await ShouldBeProblemAsync(await Admin.GetAsync(Url(nhi.Id, "final"), Ct), HttpStatusCode.NotFound, NotFoundErrors.Report.Code);
    }

    [Fact]
    public async Task Report_Returns409_BeforeLaunch_And422_ForAMergedUnit()
    {
        await ArrangeAsync();
        Factory.Clock.Now = July10;
        _campaign = await ReadAsync<CampaignDetailsDto>(await DraftAsync(Letter1975()));
        _cdc = await Admin.CreateUnitAsync("CDC-THA", parentId: Authority.Id, kind: "centre", province: "Thanh Hóa");
        var merged = await Admin.CreateUnitAsync("TTYTDP-THA", parentId: Authority.Id, kind: "centre", province: "Thanh Hóa");

        await ShouldBeProblemAsync(await PutAsync(Officer(_cdc.Id), _cdc.Id, "phase-1", Report()), HttpStatusCode.Conflict, CampaignErrors.NotLaunched.Code);

        (await Admin.PostAsync($"/api/v1/campaigns/{_campaign.Id}/launch", null, Ct)).EnsureSuccessStatusCode();
        (await Admin.PostAsJsonAsync(
            $"/api/v1/units/{merged.Id}/lineage-events",
            new { type = "merge", effectiveOn = "2020-07-01", successorId = _cdc.Id, legalBasis = TestData.LegalBasis(date: "2020-06-30") },
            Json,
            Ct)).EnsureSuccessStatusCode();
        await ShouldBeProblemAsync(await PutAsync(Admin, merged.Id, "phase-1", Report()), HttpStatusCode.UnprocessableEntity, ReportErrors.UnitNotActive.Code);
    }

    [Fact]
    public async Task Revise_MovesSubmittedAt_AndKeepsWhenTheReportWasFirstSubmitted()
    {
        await ArrangeCampaignAsync();
        var first = await ReadAsync<ReportDto>(await PutAsync(Officer(_cdc.Id), _cdc.Id, "phase-1", Report()));
        Factory.Clock.Now = July10.AddDays(2);

        var revised = await ReadAsync<ReportDto>(await PutAsync(Officer(_cdc.Id), _cdc.Id, "phase-1", Report(Indicator("Đơn vị máu tiếp nhận", 120m, "đơn vị", "2.5"))));

        first.SubmittedAt.ShouldBe(July10);
        revised.SubmittedAt.ShouldBe(July10.AddDays(2));
        revised.CreatedAt.ShouldBe(July10);
    }

    [Fact]
    public async Task Revise_Returns422_ForAUnitMergedSinceItReported()
    {
        await ArrangeCampaignAsync();
        var successor = await Admin.CreateUnitAsync("CDC-THA-MOI", parentId: Authority.Id, kind: "centre", province: "Thanh Hóa");
        (await PutAsync(Officer(_cdc.Id), _cdc.Id, "phase-1", Report())).EnsureSuccessStatusCode();
        (await Admin.PostAsJsonAsync(
            $"/api/v1/units/{_cdc.Id}/lineage-events",
            new { type = "merge", effectiveOn = "2020-07-10", successorId = successor.Id, legalBasis = TestData.LegalBasis(date: "2020-07-09") },
            Json,
            Ct)).EnsureSuccessStatusCode();

        var response = await PutAsync(Admin, _cdc.Id, "phase-1", Report(Indicator("Đơn vị máu tiếp nhận", 120m, "đơn vị", "2.5")));

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, ReportErrors.UnitNotActive.Code);
    }

    [Fact]
    public async Task Revise_Returns422_ForAUnitTransferredOutOfTheScopeSinceItReported()
    {
        await ArrangeCampaignAsync();
        var hanoi = await Admin.CreateUnitAsync("SYT-HN", "Sở Y tế Hà Nội", kind: "department", province: "Hà Nội");
        (await PutAsync(Officer(_cdc.Id), _cdc.Id, "phase-1", Report())).EnsureSuccessStatusCode();
        (await Admin.PostAsJsonAsync(
            $"/api/v1/units/{_cdc.Id}/lineage-events",
            new { type = "transfer", effectiveOn = "2020-07-10", newParentId = hanoi.Id, legalBasis = TestData.LegalBasis(date: "2020-07-09") },
            Json,
            Ct)).EnsureSuccessStatusCode();

        var response = await PutAsync(Officer(_cdc.Id), _cdc.Id, "phase-1", Report());

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, ReportErrors.UnitOutOfScope.Code);
    }

    [Fact]
    public async Task Summary_IsCacheable_With304_UntilARegistrationOrReportChangesIt()
    {
        await ArrangeCampaignAsync();
        var url = $"/api/v1/campaigns/{_campaign.Id}/summary";
        var first = await Admin.GetAsync(url, Ct);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var etag = first.Headers.ETag.ShouldNotBeNull();
        etag.IsWeak.ShouldBeFalse();

        async Task<HttpResponseMessage> GetIfNoneMatchAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(etag);
            return await Admin.SendAsync(request, Ct);
        }

        var unchanged = await GetIfNoneMatchAsync();
        (await PutAsync(Officer(_cdc.Id), _cdc.Id, "phase-1", Report(Indicator("Đơn vị máu tiếp nhận", 117m, "đơn vị", "2.5")))).EnsureSuccessStatusCode();
        var changed = await GetIfNoneMatchAsync();

        unchanged.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        unchanged.Headers.ETag.ShouldBe(etag);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        changed.Headers.ETag.ShouldNotBe(etag);
        (await ReadAsync<CampaignOverviewDto>(changed)).Reports.ShouldHaveSingleItem().UnitsReported.ShouldBe(1);
    }

    [Fact]
    public async Task PhaseRoutes_Phase0IsNoRoute_Phase1001IsAnUnknownPhase()
    {
        await ArrangeCampaignAsync();
        var officer = Officer(_cdc.Id);

        // phase-{n:int:min(1)}: phase-0 matches no route.
        await ShouldBeProblemAsync(await PutAsync(officer, _cdc.Id, "phase-0", Report()), HttpStatusCode.NotFound, NotFoundErrors.Resource.Code);
        await ShouldBeProblemAsync(await Admin.GetAsync(Url(_cdc.Id, "phase-0"), Ct), HttpStatusCode.NotFound, NotFoundErrors.Resource.Code);
        // phase-1001 is a route, but the campaign has two phases; the list filter only knows phase-1 ... phase-1000.
        await ShouldBeProblemAsync(await PutAsync(officer, _cdc.Id, "phase-1001", Report()), HttpStatusCode.UnprocessableEntity, ReportErrors.UnknownPhase.Code);
        await ShouldBeProblemAsync(await Admin.GetAsync(Url(_cdc.Id, "phase-1001"), Ct), HttpStatusCode.NotFound, NotFoundErrors.Report.Code);
        await ShouldBeValidationProblemAsync(await Admin.GetAsync($"/api/v1/campaigns/{_campaign.Id}/reports?period=phase-1001", Ct), "period");
    }

    [Fact]
    public async Task Revise_Returns412_ForAStaleIfMatch()
    {
        await ArrangeCampaignAsync();
        var officer = Officer(_cdc.Id);
        var created = await PutAsync(officer, _cdc.Id, "phase-1", Report());
        var etag = created.Headers.ETag.ShouldNotBeNull();
        (await PutAsync(officer, _cdc.Id, "phase-1", Report(Indicator("Đơn vị máu tiếp nhận", 117m, "đơn vị", "2.5")))).EnsureSuccessStatusCode();

        using var stale = new HttpRequestMessage(HttpMethod.Put, Url(_cdc.Id, "phase-1")) { Content = JsonBody(Report()) };
        stale.Headers.IfMatch.Add(etag);
        var response = await officer.SendAsync(stale, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.PreconditionFailed, PreconditionFailedException.Error.Code);
        (await ReadAsync<ReportDto>(await Admin.GetAsync(Url(_cdc.Id, "phase-1"), Ct))).Indicators.ShouldHaveSingleItem().Value.ShouldBe(117m);
    }

    [Fact]
    public async Task ConcurrentFirstSubmissions_OfTheSameReport_CreateOne_AndTheOtherGets409()
    {
        await ArrangeCampaignAsync();
        Factory.SaveBarrier.Arm(2);

        var responses = await Task.WhenAll(
            PutAsync(Officer(_cdc.Id), _cdc.Id, "final", Report()),
            PutAsync(Admin, _cdc.Id, "final", Report(Indicator("Đơn vị máu tiếp nhận", 117m, "đơn vị", "2.5"))));
        Factory.SaveBarrier.Disarm();

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        await ShouldBeProblemAsync(responses.Single(r => r.StatusCode != HttpStatusCode.Created), HttpStatusCode.Conflict, ConflictException.Concurrency.Code);
        (await ReadAsync<Page<ReportSummaryDto>>(await Admin.GetAsync($"/api/v1/campaigns/{_campaign.Id}/reports?period=final", Ct))).Items.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Summary_CountsFinalReportsApart_AfterThePhases_AndRejectedRegistrations()
    {
        await ArrangeCampaignAsync();
        var nhi = await Admin.CreateUnitAsync("BVNHI-THA", "Bệnh viện Nhi Thanh Hóa", parentId: Authority.Id, province: "Thanh Hóa");
        var council = ClientFor(Roles.Council, Authority.Id);
        foreach (var unit in new[] { _cdc, nhi })
        {
            (await Officer(unit.Id).PutAsJsonAsync(
                $"/api/v1/campaigns/{_campaign.Id}/registrations/{unit.Id}",
                new { targetTitles = new[] { "CO_THI_DUA_TINH" }, individualTargets = new[] { new { fullName = "Lê Thị Hoa", targetTitle = "CSTDCS" } } },
                Json,
                Ct)).EnsureSuccessStatusCode();
        }

        (await council.PostAsync($"/api/v1/campaigns/{_campaign.Id}/registrations/{_cdc.Id}/approve", null, Ct)).EnsureSuccessStatusCode();
        (await council.PostAsJsonAsync($"/api/v1/campaigns/{_campaign.Id}/registrations/{nhi.Id}/reject", new { reason = "Chưa nêu mô hình thi đua" }, Json, Ct))
            .EnsureSuccessStatusCode();
        (await PutAsync(Officer(_cdc.Id), _cdc.Id, "phase-1", Report(Indicator("Đơn vị máu tiếp nhận", 117m, "đơn vị", "2.5")))).EnsureSuccessStatusCode();
        (await PutAsync(Officer(_cdc.Id), _cdc.Id, "final", Report(
            Indicator("Đơn vị máu tiếp nhận", 300m, "đơn vị", "2.5"), Indicator("Tỷ lệ thủ tục hành chính giải quyết đúng hạn", 100m, "%", "2.7")))).EnsureSuccessStatusCode();
        (await PutAsync(Officer(nhi.Id), nhi.Id, "final", Report(
            Indicator("Đơn vị máu tiếp nhận", 80m, "đơn vị", "2.5"), Indicator("Tỷ lệ thủ tục hành chính giải quyết đúng hạn", 90m, "%", "2.7")))).EnsureSuccessStatusCode();

        var summary = await ReadAsync<CampaignOverviewDto>(await Admin.GetAsync($"/api/v1/campaigns/{_campaign.Id}/summary", Ct));

        summary.Registrations.ShouldBe(new RegistrationCountsDto(0, 1, 1, 0));
        summary.TargetTitles.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            t => t.AwardType.Code.ShouldBe("CO_THI_DUA_TINH"), t => t.Approved.ShouldBe(1), t => t.Rejected.ShouldBe(1), t => t.Submitted.ShouldBe(0));
        summary.IndividualTargetTitles.ShouldHaveSingleItem().ShouldSatisfyAllConditions(t => t.Approved.ShouldBe(1), t => t.Rejected.ShouldBe(1));
        summary.Reports.Select(r => (r.Period, r.PhaseNumber, r.UnitsReported)).ShouldBe([("phase-1", 1, 1), ("final", null, 2)]);
        var final = summary.Reports[1];
        final.Indicators.Single(i => i.ContentCode == "2.5").ShouldSatisfyAllConditions(i => i.Total.ShouldBe(380m), i => i.Units.ShouldBe(2));
        final.Indicators.Single(i => i.ContentCode == "2.7").ShouldSatisfyAllConditions(
            i => i.Target.ShouldBe(100m), i => i.UnitsMeetingTarget.ShouldBe(1), i => i.Average.ShouldBe(95m));
    }
}
