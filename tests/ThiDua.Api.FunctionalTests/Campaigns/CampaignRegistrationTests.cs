using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.CampaignRegistrations;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Campaigns.GetCampaignOverview;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Units;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Api.FunctionalTests.Campaigns;

/// <summary>Registrations (đăng ký thi đua) over HTTP: deadline, scope, own unit, review, lists.</summary>
public sealed class CampaignRegistrationTests(ThiDuaApiFactory factory) : CampaignTestBase(factory)
{
    private CampaignDetailsDto _campaign = null!;
    private UnitDetailsDto _hospital = null!;

    private static object Registration(string[]? titles = null, string individualTitle = "CSTDCS") => new
    {
        targetTitles = titles ?? ["CO_THI_DUA_TINH"],
        models = new[]
        {
            new { name = "Đổi mới phong cách, thái độ phục vụ hướng tới sự hài lòng của người bệnh", description = "Triển khai tại 100% khoa lâm sàng", expectedResults = "Tỷ lệ hài lòng ≥ 95%" },
        },
        individualTargets = new[] { new { fullName = "Lê Văn Hải", position = "Trưởng khoa Hồi sức", targetTitle = individualTitle } },
    };

    private async Task ArrangeCampaignAsync()
    {
        _campaign = await LaunchLetter1975Async();
        _hospital = await Admin.CreateUnitAsync("BVDK-THA", "Bệnh viện Đa khoa tỉnh Thanh Hóa", parentId: Authority.Id, province: "Thanh Hóa");
    }

    private Task<HttpResponseMessage> PutAsync(HttpClient client, Guid unitId, object body) =>
        client.PutAsJsonAsync($"/api/v1/campaigns/{_campaign.Id}/registrations/{unitId}", body, Json, Ct);

    private HttpClient Officer(Guid unitId) => ClientFor(Roles.UnitOfficer, unitId);

    private HttpClient Council => ClientFor(Roles.Council, Authority.Id);

    [Fact]
    public async Task UnitOfficer_RegistersOwnUnit_RevisesIt_AndTheCouncilApproves()
    {
        await ArrangeCampaignAsync();
        var officer = Officer(_hospital.Id);

        var created = await PutAsync(officer, _hospital.Id, Registration());
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/campaigns/{_campaign.Id}/registrations/{_hospital.Id}");
        var registration = await ReadAsync<RegistrationDto>(created);
        registration.Status.ShouldBe(RegistrationStatus.Submitted);
        registration.TargetTitles.ShouldHaveSingleItem().Name.ShouldBe("Cờ thi đua của UBND tỉnh");
        registration.IndividualTargets.ShouldHaveSingleItem().TargetTitle.Code.ShouldBe("CSTDCS");

        var revised = await PutAsync(officer, _hospital.Id, Registration(["CO_THI_DUA_TINH", "CO_THI_DUA_CP"]));
        revised.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync<RegistrationDto>(revised)).TargetTitles.Select(t => t.Code).ShouldBe(["CO_THI_DUA_TINH", "CO_THI_DUA_CP"]);

        var approved = await Council.PostAsync($"/api/v1/campaigns/{_campaign.Id}/registrations/{_hospital.Id}/approve", null, Ct);
        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync<RegistrationDto>(approved)).Status.ShouldBe(RegistrationStatus.Approved);

        var edit = await PutAsync(officer, _hospital.Id, Registration());
        await ShouldBeProblemAsync(edit, HttpStatusCode.Conflict, RegistrationErrors.AlreadyApproved.Code);
        var again = await Council.PostAsync($"/api/v1/campaigns/{_campaign.Id}/registrations/{_hospital.Id}/approve", null, Ct);
        await ShouldBeProblemAsync(again, HttpStatusCode.Conflict, RegistrationErrors.NotAwaitingReview.Code);
    }

    [Fact]
    public async Task Register_Returns403_ForAnotherUnitsRegistration()
    {
        await ArrangeCampaignAsync();
        var other = await Admin.CreateUnitAsync("BVNHI-THA", "Bệnh viện Nhi Thanh Hóa", parentId: Authority.Id, province: "Thanh Hóa");

        var response = await PutAsync(Officer(other.Id), _hospital.Id, Registration());

        await ShouldBeProblemAsync(response, HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);
    }

    [Fact]
    public async Task Register_Returns422_AfterTheDeadlineInVietnam()
    {
        await ArrangeCampaignAsync();
        Factory.Clock.Now = new DateTimeOffset(2020, 7, 31, 17, 0, 0, TimeSpan.Zero); // 1 August 00:00 in Vietnam

        var response = await PutAsync(Officer(_hospital.Id), _hospital.Id, Registration());

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, RegistrationErrors.DeadlinePassed.Code);
    }

    [Fact]
    public async Task Register_Returns422_ForAUnitOutsideTheScope()
    {
        await ArrangeCampaignAsync();
        var hanoi = await Admin.CreateUnitAsync("BV-HN", "Bệnh viện Hà Nội");

        var response = await PutAsync(Officer(hanoi.Id), hanoi.Id, Registration());

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, RegistrationErrors.UnitOutOfScope.Code);
    }

    [Fact]
    public async Task Register_Returns422_ForAUnitNotOnTheCampaignsList()
    {
        await ArrangeAsync();
        Factory.Clock.Now = July10;
        var listed = await Admin.CreateUnitAsync("BVDK-THA", parentId: Authority.Id, province: "Thanh Hóa");
        var unlisted = await Admin.CreateUnitAsync("BVNHI-THA", parentId: Authority.Id, province: "Thanh Hóa");
        var plan = Letter1975();
        plan["scopeUnitIds"] = new System.Text.Json.Nodes.JsonArray(listed.Id);
        plan["launchingAuthorityId"] = Authority.Id;
        _campaign = await ReadAsync<CampaignDetailsDto>(await Admin.PostAsJsonAsync("/api/v1/campaigns", plan, Json, Ct));
        (await Admin.PostAsync($"/api/v1/campaigns/{_campaign.Id}/launch", null, Ct)).EnsureSuccessStatusCode();

        (await PutAsync(Officer(listed.Id), listed.Id, Registration())).StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBeProblemAsync(await PutAsync(Officer(unlisted.Id), unlisted.Id, Registration()), HttpStatusCode.UnprocessableEntity, RegistrationErrors.UnitOutOfScope.Code);
    }

    [Fact]
    public async Task Register_Returns409_BeforeLaunch()
    {
        await ArrangeAsync();
        Factory.Clock.Now = July10;
        _campaign = await ReadAsync<CampaignDetailsDto>(await DraftAsync(Letter1975()));
        _hospital = await Admin.CreateUnitAsync("BVDK-THA", parentId: Authority.Id, province: "Thanh Hóa");

        var response = await PutAsync(Officer(_hospital.Id), _hospital.Id, Registration());

        await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, CampaignErrors.NotLaunched.Code);
    }

    [Fact]
    public async Task Register_Returns422_ForUnknownOrWrongKindAwardTypes_And400_WithoutTargetTitles()
    {
        await ArrangeCampaignAsync();
        var officer = Officer(_hospital.Id);

        await ShouldBeProblemAsync(await PutAsync(officer, _hospital.Id, Registration(["CO_THI_DUA_XUAT_SAC"])), HttpStatusCode.UnprocessableEntity, RegistrationErrors.UnknownAwardType.Code);
        await ShouldBeProblemAsync(await PutAsync(officer, _hospital.Id, Registration(["LDTT"])), HttpStatusCode.UnprocessableEntity, RegistrationErrors.TargetTitleNotCollective.Code);
        await ShouldBeProblemAsync(
            await PutAsync(officer, _hospital.Id, Registration(individualTitle: "TTLDXS")), HttpStatusCode.UnprocessableEntity, RegistrationErrors.IndividualTargetNotIndividual.Code);
        await ShouldBeValidationProblemAsync(await PutAsync(officer, _hospital.Id, Registration([])), "targetTitles");
    }

    [Fact]
    public async Task Register_Returns422_NamingTheValidCodes_ForTheGuidelinesGiayKhenAndBangKhenTinh()
    {
        await ArrangeCampaignAsync();
        var officer = Officer(_hospital.Id);

        var unit = await ShouldBeProblemAsync(
            await PutAsync(officer, _hospital.Id, Registration(["GIAY_KHEN"])), HttpStatusCode.UnprocessableEntity, RegistrationErrors.UnknownAwardType.Code);
        var person = await ShouldBeProblemAsync(
            await PutAsync(officer, _hospital.Id, Registration(individualTitle: "bang_khen_tinh")), HttpStatusCode.UnprocessableEntity, RegistrationErrors.UnknownAwardType.Code);

        unit.GetProperty("detail").GetString()!.ShouldContain("Did you mean GIAY_KHEN_TAP_THE?");
        person.GetProperty("detail").GetString()!.ShouldContain("Did you mean BANG_KHEN_TINH_CA_NHAN?");
        (await PutAsync(officer, _hospital.Id, Registration(["GIAY_KHEN_TAP_THE"], "BANG_KHEN_TINH_CA_NHAN"))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Reject_NeedsAReason_AndTheUnitCanCorrectAndResubmit()
    {
        await ArrangeCampaignAsync();
        var officer = Officer(_hospital.Id);
        (await PutAsync(officer, _hospital.Id, Registration())).EnsureSuccessStatusCode();
        var url = $"/api/v1/campaigns/{_campaign.Id}/registrations/{_hospital.Id}";

        await ShouldBeValidationProblemAsync(await Council.PostAsJsonAsync($"{url}/reject", new { reason = " " }, Json, Ct), "reason");
        var byOfficer = await officer.PostAsJsonAsync($"{url}/reject", new { reason = "Tự từ chối" }, Json, Ct);
        await ShouldBeProblemAsync(byOfficer, HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);

        var rejected = await Council.PostAsJsonAsync($"{url}/reject", new { reason = "Chưa nêu mô hình thi đua cụ thể" }, Json, Ct);
        var body = await ReadAsync<RegistrationDto>(rejected);
        body.Status.ShouldBe(RegistrationStatus.Rejected);
        body.RejectionReason.ShouldBe("Chưa nêu mô hình thi đua cụ thể");

        var resubmitted = await ReadAsync<RegistrationDto>(await PutAsync(officer, _hospital.Id, Registration()));
        resubmitted.Status.ShouldBe(RegistrationStatus.Submitted);
        resubmitted.RejectionReason.ShouldBeNull();
    }

    [Fact]
    public async Task Revise_Returns412_ForAStaleIfMatch()
    {
        await ArrangeCampaignAsync();
        var officer = Officer(_hospital.Id);
        var created = await PutAsync(officer, _hospital.Id, Registration());
        var etag = created.Headers.ETag!;
        (await PutAsync(officer, _hospital.Id, Registration(["CO_THI_DUA_CP"]))).EnsureSuccessStatusCode();

        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/campaigns/{_campaign.Id}/registrations/{_hospital.Id}") { Content = JsonBody(Registration()) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue(etag.Tag));
        var response = await officer.SendAsync(stale, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.PreconditionFailed, PreconditionFailedException.Error.Code);
    }

    [Fact]
    public async Task Get_Returns404_ForAUnitThatHasNotRegistered()
    {
        await ArrangeCampaignAsync();

        var response = await Admin.GetAsync($"/api/v1/campaigns/{_campaign.Id}/registrations/{_hospital.Id}", Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, NotFoundErrors.Registration.Code);
    }

    [Fact]
    public async Task List_FiltersByStatusAndTargetTitle_AndPages()
    {
        await ArrangeCampaignAsync();
        var nhi = await Admin.CreateUnitAsync("BVNHI-THA", "Bệnh viện Nhi Thanh Hóa", parentId: Authority.Id, province: "Thanh Hóa");
        var cdc = await Admin.CreateUnitAsync("CDC-THA", "Trung tâm Kiểm soát bệnh tật tỉnh Thanh Hóa", parentId: Authority.Id, kind: "centre", province: "Thanh Hóa");
        (await PutAsync(Officer(_hospital.Id), _hospital.Id, Registration(["CO_THI_DUA_TINH", "CO_THI_DUA_CP"]))).EnsureSuccessStatusCode();
        (await PutAsync(Officer(nhi.Id), nhi.Id, Registration(["CO_THI_DUA_TINH"]))).EnsureSuccessStatusCode();
        (await PutAsync(Officer(cdc.Id), cdc.Id, Registration(["TTLDXS"], individualTitle: "LDTT"))).EnsureSuccessStatusCode();
        (await Council.PostAsync($"/api/v1/campaigns/{_campaign.Id}/registrations/{nhi.Id}/approve", null, Ct)).EnsureSuccessStatusCode();
        var url = $"/api/v1/campaigns/{_campaign.Id}/registrations";

        var flagsResponse = await Admin.GetAsync($"{url}?targetTitle=CO_THI_DUA_TINH", Ct);
        flagsResponse.StatusCode.ShouldBe(HttpStatusCode.OK, await flagsResponse.Content.ReadAsStringAsync(Ct));
        var flags = await ReadAsync<Page<RegistrationSummaryDto>>(flagsResponse);
        var approved = await ReadAsync<Page<RegistrationSummaryDto>>(await Admin.GetAsync($"{url}?status=approved", Ct));
        var first = await ReadAsync<Page<RegistrationSummaryDto>>(await Admin.GetAsync($"{url}?limit=2", Ct));
        var second = await ReadAsync<Page<RegistrationSummaryDto>>(await Admin.GetAsync($"{url}?limit=2&cursor={first.NextCursor}", Ct));

        flags.Items.Select(r => r.Unit.Code).ShouldBe(["BVDK-THA", "BVNHI-THA"]);
        approved.Items.ShouldHaveSingleItem().Unit.Code.ShouldBe("BVNHI-THA");
        first.Items.Count.ShouldBe(2);
        second.Items.ShouldHaveSingleItem().Unit.Code.ShouldBe("CDC-THA");
        second.NextCursor.ShouldBeNull();
        await ShouldBeValidationProblemAsync(await Admin.GetAsync($"{url}?status=pending", Ct), "status");
        var unknown = await ShouldBeValidationProblemAsync(await Admin.GetAsync($"{url}?targetTitle=GIAY_KHEN", Ct), "targetTitle");
        unknown.GetProperty("errors").GetProperty("targetTitle")[0].GetString()!.ShouldContain("GIAY_KHEN_TAP_THE");
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/campaigns/{Guid.NewGuid()}/registrations", Ct), HttpStatusCode.NotFound, NotFoundErrors.Campaign.Code);
    }

    [Fact]
    public async Task List_CountsTargetTitlesOverTheWholeFilteredSet_NotJustThePage()
    {
        await ArrangeCampaignAsync();
        var children = await Admin.CreateUnitAsync("BVNHI-THA", parentId: Authority.Id, province: "Thanh Hóa");
        var cdc = await Admin.CreateUnitAsync("CDC-THA", parentId: Authority.Id, kind: "centre", province: "Thanh Hóa");
        (await PutAsync(Officer(_hospital.Id), _hospital.Id, new
        {
            targetTitles = new[] { "CO_THI_DUA_TINH" },
            individualTargets = new[] { new { fullName = "Lê Văn Hải", targetTitle = "CSTDCS" }, new { fullName = "Trần Thị Lan", targetTitle = "CSTDCS" } },
        })).EnsureSuccessStatusCode();
        (await PutAsync(Officer(children.Id), children.Id, new { targetTitles = new[] { "CO_THI_DUA_TINH", "CO_THI_DUA_CP" } })).EnsureSuccessStatusCode();
        (await PutAsync(Officer(cdc.Id), cdc.Id, new
        {
            targetTitles = new[] { "TTLDXS" },
            individualTargets = new[] { new { fullName = "Nguyễn Văn Nam", targetTitle = "LDTT" } },
        })).EnsureSuccessStatusCode();
        (await Council.PostAsync($"/api/v1/campaigns/{_campaign.Id}/registrations/{_hospital.Id}/approve", null, Ct)).EnsureSuccessStatusCode();
        var url = $"/api/v1/campaigns/{_campaign.Id}/registrations";
        static IEnumerable<(string, int, int, int)> Counts(IReadOnlyList<TargetTitleCountDto> counts) =>
            counts.Select(c => (c.AwardType.Code, c.Submitted, c.Approved, c.Rejected));

        var firstResponse = await Admin.GetAsync($"{url}?limit=1", Ct);
        var raw = await firstResponse.Content.ReadAsStringAsync(Ct);
        var first = await ReadAsync<RegistrationListDto>(firstResponse);
        var second = await ReadAsync<RegistrationListDto>(await Admin.GetAsync($"{url}?limit=1&cursor={first.NextCursor}", Ct));
        var submitted = await ReadAsync<RegistrationListDto>(await Admin.GetAsync($"{url}?status=submitted", Ct));
        var government = await ReadAsync<RegistrationListDto>(await Admin.GetAsync($"{url}?targetTitle=CO_THI_DUA_CP", Ct));

        raw.ShouldContain("\"items\":");
        raw.ShouldContain("\"nextCursor\":");
        first.Items.ShouldHaveSingleItem().Unit.Code.ShouldBe("BVDK-THA");
        Counts(first.CountsByTargetTitle).ShouldBe([("CO_THI_DUA_TINH", 1, 1, 0), ("CO_THI_DUA_CP", 1, 0, 0), ("TTLDXS", 1, 0, 0)]);
        Counts(first.CountsByIndividualTargetTitle).ShouldBe([("CSTDCS", 0, 2, 0), ("LDTT", 1, 0, 0)]);
        second.Items.ShouldHaveSingleItem().Unit.Code.ShouldBe("BVNHI-THA");
        second.CountsByTargetTitle.ShouldBe(first.CountsByTargetTitle);
        Counts(submitted.CountsByTargetTitle).ShouldBe([("CO_THI_DUA_CP", 1, 0, 0), ("CO_THI_DUA_TINH", 1, 0, 0), ("TTLDXS", 1, 0, 0)]);
        Counts(submitted.CountsByIndividualTargetTitle).ShouldBe([("LDTT", 1, 0, 0)]);
        government.Items.ShouldHaveSingleItem().Unit.Code.ShouldBe("BVNHI-THA");
        Counts(government.CountsByTargetTitle).ShouldBe([("CO_THI_DUA_CP", 1, 0, 0), ("CO_THI_DUA_TINH", 1, 0, 0)]);
        government.CountsByIndividualTargetTitle.ShouldBeEmpty();
    }

    [Fact]
    public async Task List_TargetTitleFilter_IgnoresCase_AndMatchesPeoplesTitles_AsTheSummaryCountsThem()
    {
        await ArrangeCampaignAsync();
        var nhi = await Admin.CreateUnitAsync("BVNHI-THA", "Bệnh viện Nhi Thanh Hóa", parentId: Authority.Id, province: "Thanh Hóa");
        var cdc = await Admin.CreateUnitAsync("CDC-THA", "Trung tâm Kiểm soát bệnh tật tỉnh Thanh Hóa", parentId: Authority.Id, kind: "centre", province: "Thanh Hóa");
        (await PutAsync(Officer(_hospital.Id), _hospital.Id, Registration(["CO_THI_DUA_TINH", "CO_THI_DUA_CP"]))).EnsureSuccessStatusCode();
        (await PutAsync(Officer(nhi.Id), nhi.Id, Registration(["co_thi_dua_tinh"]))).EnsureSuccessStatusCode();
        (await PutAsync(Officer(cdc.Id), cdc.Id, Registration(["TTLDXS"], individualTitle: "ldtt"))).EnsureSuccessStatusCode();
        var url = $"/api/v1/campaigns/{_campaign.Id}/registrations";

        async Task<List<string>> UnitsAimingAt(string code) =>
            (await ReadAsync<Page<RegistrationSummaryDto>>(await Admin.GetAsync($"{url}?targetTitle={code}", Ct))).Items.Select(r => r.Unit.Code).ToList();

        (await UnitsAimingAt("co_thi_dua_cp")).ShouldBe(["BVDK-THA"]);
        (await UnitsAimingAt("Co_Thi_Dua_Tinh")).ShouldBe(["BVDK-THA", "BVNHI-THA"]);
        (await UnitsAimingAt("cstdcs")).ShouldBe(["BVDK-THA", "BVNHI-THA"]);
        (await UnitsAimingAt("LDTT")).ShouldBe(["CDC-THA"]);
        var summary = await ReadAsync<CampaignOverviewDto>(await Admin.GetAsync($"/api/v1/campaigns/{_campaign.Id}/summary", Ct));
        summary.TargetTitles.Select(t => (t.AwardType.Code, t.Submitted)).ShouldBe([("CO_THI_DUA_TINH", 2), ("CO_THI_DUA_CP", 1), ("TTLDXS", 1)]);
        summary.IndividualTargetTitles.Select(t => (t.AwardType.Code, t.Submitted)).ShouldBe([("CSTDCS", 2), ("LDTT", 1)]);
    }

    [Fact]
    public async Task Register_Returns422_ForADissolvedUnit()
    {
        await ArrangeCampaignAsync();
        (await Admin.PostAsJsonAsync(
            $"/api/v1/units/{_hospital.Id}/lineage-events", new { type = "dissolve", effectiveOn = "2020-07-01", legalBasis = TestData.LegalBasis(date: "2020-06-30") }, Json, Ct))
            .EnsureSuccessStatusCode();

        var response = await PutAsync(Admin, _hospital.Id, Registration());

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, RegistrationErrors.UnitNotActive.Code);
    }

    [Fact]
    public async Task Revise_MovesSubmittedAt_AndKeepsWhenTheUnitFirstRegistered()
    {
        await ArrangeCampaignAsync();
        var first = await ReadAsync<RegistrationDto>(await PutAsync(Officer(_hospital.Id), _hospital.Id, Registration()));
        Factory.Clock.Now = July10.AddDays(2);

        var revised = await ReadAsync<RegistrationDto>(await PutAsync(Officer(_hospital.Id), _hospital.Id, Registration(["CO_THI_DUA_CP"])));

        first.SubmittedAt.ShouldBe(July10);
        revised.SubmittedAt.ShouldBe(July10.AddDays(2));
        revised.CreatedAt.ShouldBe(July10);
        revised.UpdatedAt.ShouldBe(July10.AddDays(2));
    }

    [Fact]
    public async Task Revise_Returns422_ForAUnitDissolvedSinceItRegistered()
    {
        await ArrangeCampaignAsync();
        (await PutAsync(Officer(_hospital.Id), _hospital.Id, Registration())).EnsureSuccessStatusCode();
        (await Admin.PostAsJsonAsync(
            $"/api/v1/units/{_hospital.Id}/lineage-events", new { type = "dissolve", effectiveOn = "2020-07-10", legalBasis = TestData.LegalBasis(date: "2020-07-09") }, Json, Ct))
            .EnsureSuccessStatusCode();

        var response = await PutAsync(Admin, _hospital.Id, Registration(["CO_THI_DUA_CP"]));

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, RegistrationErrors.UnitNotActive.Code);
    }

    [Fact]
    public async Task Revise_Returns422_ForAUnitTransferredOutOfTheScopeSinceItRegistered()
    {
        await ArrangeCampaignAsync();
        var hanoi = await Admin.CreateUnitAsync("SYT-HN", "Sở Y tế Hà Nội", kind: "department", province: "Hà Nội");
        (await PutAsync(Officer(_hospital.Id), _hospital.Id, Registration())).EnsureSuccessStatusCode();
        (await Admin.PostAsJsonAsync(
            $"/api/v1/units/{_hospital.Id}/lineage-events",
            new { type = "transfer", effectiveOn = "2020-07-10", newParentId = hanoi.Id, legalBasis = TestData.LegalBasis(date: "2020-07-09") },
            Json,
            Ct)).EnsureSuccessStatusCode();

        var response = await PutAsync(Officer(_hospital.Id), _hospital.Id, Registration(["CO_THI_DUA_CP"]));

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, RegistrationErrors.UnitOutOfScope.Code);
    }

    [Fact]
    public async Task Review_Returns403_ForACouncilOutsideTheLaunchingAuthority_EvenTheRegisteringUnitsOwn()
    {
        await ArrangeCampaignAsync();
        var elsewhere = await Admin.CreateUnitAsync("SYT-HN", "Sở Y tế Hà Nội", kind: "department");
        (await PutAsync(Officer(_hospital.Id), _hospital.Id, Registration())).EnsureSuccessStatusCode();
        var url = $"/api/v1/campaigns/{_campaign.Id}/registrations/{_hospital.Id}";

        var foreign = await ClientFor(Roles.Council, elsewhere.Id).PostAsync($"{url}/approve", null, Ct);
        // The hospital's own emulation council is below the Sở, not over it: it cannot approve its own registration.
        var own = await ClientFor(Roles.Council, _hospital.Id).PostAsync($"{url}/approve", null, Ct);
        var ownReject = await ClientFor(Roles.Council, _hospital.Id).PostAsJsonAsync($"{url}/reject", new { reason = "Tự từ chối" }, Json, Ct);

        await ShouldBeProblemAsync(foreign, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(own, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(ownReject, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        (await ReadAsync<RegistrationDto>(await Admin.GetAsync(url, Ct))).Status.ShouldBe(RegistrationStatus.Submitted);
    }

    [Fact]
    public async Task Review_Returns404_ForAUnitThatHasNotRegistered_SayingRegistrationsAreAddressedByUnit()
    {
        await ArrangeCampaignAsync();
        var registration = await ReadAsync<RegistrationDto>(await PutAsync(Officer(_hospital.Id), _hospital.Id, Registration()));

        // A client following api-guidelines.md's /registrations/{rid} sends the registration's id.
        var response = await Council.PostAsync($"/api/v1/campaigns/{_campaign.Id}/registrations/{registration.Id}/approve", null, Ct);

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.NotFound, NotFoundErrors.Registration.Code);
        problem.GetProperty("detail").GetString()!.ShouldContain("addressed by the unit's id");
    }

    [Fact]
    public async Task ConcurrentFirstRegistrations_OfTheSameUnit_CreateOne_AndTheOtherGets409()
    {
        await ArrangeCampaignAsync();
        Factory.SaveBarrier.Arm(2);

        var responses = await Task.WhenAll(
            PutAsync(Officer(_hospital.Id), _hospital.Id, Registration()),
            PutAsync(Council, _hospital.Id, Registration(["CO_THI_DUA_CP"])));
        Factory.SaveBarrier.Disarm();

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        await ShouldBeProblemAsync(responses.Single(r => r.StatusCode != HttpStatusCode.Created), HttpStatusCode.Conflict, ConflictException.Concurrency.Code);
        (await ReadAsync<Page<RegistrationSummaryDto>>(await Admin.GetAsync($"/api/v1/campaigns/{_campaign.Id}/registrations", Ct))).Items.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task ApproveAndARevisionAtTheSameTime_OneWins_TheOtherGets409()
    {
        await ArrangeCampaignAsync();
        (await PutAsync(Officer(_hospital.Id), _hospital.Id, Registration())).EnsureSuccessStatusCode();
        Factory.SaveBarrier.Arm(2);

        var responses = await Task.WhenAll(
            Council.PostAsync($"/api/v1/campaigns/{_campaign.Id}/registrations/{_hospital.Id}/approve", null, Ct),
            PutAsync(Officer(_hospital.Id), _hospital.Id, Registration(["CO_THI_DUA_CP"])));
        Factory.SaveBarrier.Disarm();

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        await ShouldBeProblemAsync(responses.Single(r => r.StatusCode != HttpStatusCode.OK), HttpStatusCode.Conflict, ConflictException.Concurrency.Code);
        var registration = await ReadAsync<RegistrationDto>(await Admin.GetAsync($"/api/v1/campaigns/{_campaign.Id}/registrations/{_hospital.Id}", Ct));
        if (responses[0].StatusCode == HttpStatusCode.OK)
        {
            (registration.Status, registration.TargetTitles.ShouldHaveSingleItem().Code).ShouldBe((RegistrationStatus.Approved, "CO_THI_DUA_TINH"));
        }
        else
        {
            (registration.Status, registration.TargetTitles.ShouldHaveSingleItem().Code).ShouldBe((RegistrationStatus.Submitted, "CO_THI_DUA_CP"));
        }
    }

    [Fact]
    public async Task ACouncil_RegistersAUnitBelowIt_ButTheLaunchingAuthorityIsNotAddressedByItsOwnCampaign()
    {
        await ArrangeCampaignAsync();

        // A campaign addresses the units under its launching authority, not the authority itself.
        var authority = await PutAsync(Council, Authority.Id, Registration());
        // A council acts for units under its authority, its own included: the hospital's council registers the hospital.
        var hospital = await PutAsync(ClientFor(Roles.Council, _hospital.Id), _hospital.Id, Registration());

        await ShouldBeProblemAsync(authority, HttpStatusCode.UnprocessableEntity, RegistrationErrors.UnitOutOfScope.Code);
        hospital.StatusCode.ShouldBe(HttpStatusCode.Created, await hospital.Content.ReadAsStringAsync(Ct));
        (await ReadAsync<RegistrationDto>(hospital)).SubmittedBy.ShouldBe($"test-{Roles.Council}");
    }
}
