using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Api.FunctionalTests.Campaigns;

/// <summary>Seed 003: letter 1975/SYT-VP of Sở Y tế Thanh Hóa launching the 2020 patriotic emulation movement.</summary>
public sealed class CampaignTests(ThiDuaApiFactory factory) : CampaignTestBase(factory)
{
    [Fact]
    public async Task Letter1975_IsDraftedLaunchedAndFrozen()
    {
        await ArrangeAsync();
        var council = ClientFor(Roles.Council, Authority.Id);

        var drafted = await DraftAsync(Letter1975(), council);
        drafted.StatusCode.ShouldBe(HttpStatusCode.Created);
        var campaign = await ReadAsync<CampaignDetailsDto>(drafted);
        campaign.Letter.Number.ShouldBe("1975/SYT-VP");
        campaign.Letter.CoLaunchers.ShouldHaveSingleItem().ShouldBe("Thường trực Công đoàn Ngành Y tế Thanh Hóa");
        campaign.Phases.Select(p => (p.Number, p.Name)).ShouldBe([(1, "Đợt 1"), (2, "Đợt 2")]);
        campaign.Contents.Count.ShouldBe(10);
        campaign.Contents[2].Target!.Value.ShouldBe(100m);
        campaign.ScopeAllUnitsUnderAuthority.ShouldBeTrue();

        var launched = await council.PostAsync($"/api/v1/campaigns/{campaign.Id}/launch", null, Ct);
        (await ReadAsync<CampaignDetailsDto>(launched)).Status.ShouldBe(CampaignStatus.Launched);

        var edit = await council.PutAsJsonAsync($"/api/v1/campaigns/{campaign.Id}", Letter1975(), Json, Ct);
        var relaunch = await council.PostAsync($"/api/v1/campaigns/{campaign.Id}/launch", null, Ct);
        await ShouldBeProblemAsync(edit, HttpStatusCode.Conflict, CampaignErrors.NotDraft.Code);
        await ShouldBeProblemAsync(relaunch, HttpStatusCode.Conflict, CampaignErrors.NotDraft.Code);

        var found = await ReadAsync<Page<CampaignSummaryDto>>(await Admin.GetAsync("/api/v1/campaigns?q=thi%20dua%20yeu%20nuoc&kind=regular&status=launched", Ct));
        found.Items.ShouldHaveSingleItem().LetterNumber.ShouldBe("1975/SYT-VP");
        (await ReadAsync<Page<CampaignSummaryDto>>(await Admin.GetAsync("/api/v1/campaigns?kind=thematic", Ct))).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Phases_CanOnlyBeAppendedAfterTheLast_AndInsideThePeriod()
    {
        await ArrangeAsync();
        var campaign = await ReadAsync<CampaignDetailsDto>(await DraftAsync(Letter1975(phases: new object[]
        {
            new { name = "Đợt 1", start = "2020-06-26", end = "2020-07-27", commemorations = Array.Empty<string>() },
        })));
        var draftAppend = await Admin.PostAsJsonAsync($"/api/v1/campaigns/{campaign.Id}/phases", new { name = "Đợt 2", start = "2020-07-28", end = "2020-12-31" }, Json, Ct);
        await ShouldBeProblemAsync(draftAppend, HttpStatusCode.Conflict, CampaignErrors.NotLaunched.Code);
        (await Admin.PostAsync($"/api/v1/campaigns/{campaign.Id}/launch", null, Ct)).EnsureSuccessStatusCode();

        var overlapping = await Admin.PostAsJsonAsync($"/api/v1/campaigns/{campaign.Id}/phases", new { name = "Đợt 2", start = "2020-07-20", end = "2020-09-30" }, Json, Ct);
        var outside = await Admin.PostAsJsonAsync($"/api/v1/campaigns/{campaign.Id}/phases", new { name = "Đợt 2", start = "2020-08-01", end = "2021-01-31" }, Json, Ct);
        var appended = await Admin.PostAsJsonAsync($"/api/v1/campaigns/{campaign.Id}/phases", new { name = "Đợt 2", start = "2020-07-28", end = "2020-12-31" }, Json, Ct);

        await ShouldBeProblemAsync(overlapping, HttpStatusCode.UnprocessableEntity, CampaignErrors.PhaseNotAfterLast.Code);
        await ShouldBeProblemAsync(outside, HttpStatusCode.UnprocessableEntity, CampaignErrors.PhaseOutsidePeriod.Code);
        appended.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ReadAsync<CampaignDetailsDto>(appended)).Phases.Select(p => p.Number).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task AppendPhase_Returns400_ForAPhaseWithoutNameOrDates()
    {
        await ArrangeAsync();
        var campaign = await ReadAsync<CampaignDetailsDto>(await DraftAsync(Letter1975()));
        (await Admin.PostAsync($"/api/v1/campaigns/{campaign.Id}/launch", null, Ct)).EnsureSuccessStatusCode();

        var response = await Admin.PostAsJsonAsync($"/api/v1/campaigns/{campaign.Id}/phases", new { focus = "Không tên" }, Json, Ct);

        var problem = await ShouldBeValidationProblemAsync(response, "phase.name");
        problem.GetProperty("errors").TryGetProperty("phase.start", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Draft_Returns422_ForOverlappingPhases()
    {
        await ArrangeAsync();

        var response = await DraftAsync(Letter1975(phases: new object[]
        {
            new { name = "Đợt 1", start = "2020-06-26", end = "2020-08-15" },
            new { name = "Đợt 2", start = "2020-08-01", end = "2020-12-31" },
        }));

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, CampaignErrors.PhasesOverlap.Code);
    }

    [Fact]
    public async Task Draft_Returns422_ForAPhaseOutsideThePeriod_AndForDuplicateContentCodes()
    {
        await ArrangeAsync();

        var outside = await DraftAsync(Letter1975(phases: new object[] { new { name = "Đợt 1", start = "2020-01-01", end = "2020-07-27" } }));
        var duplicate = await DraftAsync(Letter1975(contents: new object[] { new { code = "2.1", text = "A" }, new { code = "2.1", text = "B" } }));
        var none = await DraftAsync(Letter1975(contents: Array.Empty<object>()));

        await ShouldBeProblemAsync(outside, HttpStatusCode.UnprocessableEntity, CampaignErrors.PhaseOutsidePeriod.Code);
        await ShouldBeProblemAsync(duplicate, HttpStatusCode.UnprocessableEntity, CampaignErrors.DuplicateContentCode.Code);
        await ShouldBeProblemAsync(none, HttpStatusCode.UnprocessableEntity, CampaignErrors.NoContent.Code);
    }

    [Fact]
    public async Task Draft_Returns400_ForALetterNumberWithoutSymbol()
    {
        await ArrangeAsync();
        var plan = Letter1975();
        plan["letter"]!["number"] = "1975";

        var response = await DraftAsync(plan);

        await ShouldBeValidationProblemAsync(response, "letter.number");
    }

    [Fact]
    public async Task Draft_Returns422_WhenAScopeUnitIsNotUnderTheLaunchingAuthority()
    {
        await ArrangeAsync();
        var own = await Admin.CreateUnitAsync("BV-THA", parentId: Authority.Id, province: "Thanh Hóa");
        var foreign = await Admin.CreateUnitAsync("BV-HN");
        var plan = Letter1975();
        plan["scopeUnitIds"] = new JsonArray(own.Id, foreign.Id);

        var response = await DraftAsync(plan);

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, CampaignErrors.ScopeUnitOutsideAuthority.Code);
    }

    [Fact]
    public async Task Management_Returns403_ForOtherAuthoritiesAndUnitOfficers()
    {
        await ArrangeAsync();
        var elsewhere = await Admin.CreateUnitAsync("SYT-HN", kind: "department");

        var foreign = await DraftAsync(Letter1975(), ClientFor(Roles.Council, elsewhere.Id));
        var officer = await DraftAsync(Letter1975(), ClientFor(Roles.UnitOfficer, Authority.Id));

        await ShouldBeProblemAsync(foreign, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(officer, HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
    }
}
