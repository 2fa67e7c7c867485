using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Campaigns.GetCampaignOverview;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Units;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.Campaigns;

namespace ThiDua.Api.FunctionalTests.Campaigns;

/// <summary>
/// A cluster launches a movement of its own, through its head unit (domain.md §3: "clusters may launch cluster
/// movements"). Seed 004: Hà Nội's emulation cluster no. 7, six departments, the Sở GD&amp;ĐT heading it in 2023 (cụm
/// trưởng) and the Sở Y tế its deputy (cụm phó). The movement's letter is illustrative: the seed names none.
/// </summary>
public sealed class ClusterCampaignTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private static readonly DateTimeOffset April5 = new(2023, 4, 5, 9, 0, 0, TimeSpan.FromHours(7));

    private UnitDetailsDto _city = null!;
    private UnitDetailsDto[] _members = [];
    private UnitDetailsDto _outsider = null!;
    private Guid _clusterId;

    private UnitDetailsDto Head => _members[0];

    private UnitDetailsDto Deputy => _members[1];

    private HttpClient HeadOfficer => ClientFor(Roles.UnitOfficer, Head.Id);

    private async Task ArrangeAsync(bool elect = true)
    {
        Factory.Clock.Now = April5;
        _city = await Admin.CreateUnitAsync("UBND-HN", "Ủy ban nhân dân thành phố Hà Nội", kind: "other");
        string[][] departments =
        [
            ["SGDDT-HN", "Sở Giáo dục và Đào tạo Hà Nội"], ["SYT-HN", "Sở Y tế Hà Nội"], ["SLDTBXH-HN", "Sở Lao động - Thương binh và Xã hội Hà Nội"],
            ["STTTT-HN", "Sở Thông tin và Truyền thông Hà Nội"], ["SVHTT-HN", "Sở Văn hóa và Thể thao Hà Nội"], ["SKHCN-HN", "Sở Khoa học và Công nghệ Hà Nội"],
        ];
        _members = new UnitDetailsDto[departments.Length];
        for (var i = 0; i < departments.Length; i++)
        {
            _members[i] = await Admin.CreateUnitAsync(departments[i][0], departments[i][1], parentId: _city.Id, kind: "department");
        }

        _outsider = await Admin.CreateUnitAsync("STC-HN", "Sở Tài chính Hà Nội", parentId: _city.Id, kind: "department");
        _clusterId = (await Admin.CreateClusterAsync("Cụm thi đua số 7", _city.Id)).Id;
        (await Admin.PutTermAsync(_clusterId, 2023, _members.Select(m => m.Id), elect ? Head.Id : null, elect ? Deputy.Id : null)).EnsureSuccessStatusCode();
    }

    private JsonObject Movement(string periodStart = "2023-04-01", string periodEnd = "2023-12-31", Guid[]? scope = null, Guid? clusterId = null)
    {
        var plan = FunctionalTestBaseJson(new
        {
            launchingClusterId = clusterId ?? _clusterId,
            title = "Phong trào thi đua của Cụm thi đua số 7 năm 2023",
            theme = "Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển",
            kind = "thematic",
            periodStart,
            periodEnd,
            letter = new { number = "02/KH-CTĐ7", date = "2023-04-01", signerName = "Nguyễn Quang Tuấn", signerTitle = "Phó Giám đốc Sở GD&ĐT, Cụm trưởng" },
            phases = new[] { new { name = "Đợt 1", start = periodStart, end = periodEnd } },
            contents = new[]
            {
                new { code = "1", text = "Thi đua phát triển kinh tế - xã hội, thực hiện các nhiệm vụ chính trị được giao" },
                new { code = "2", text = "Thi đua tổ chức triển khai kịp thời và thực hiện tốt các nhiệm vụ về công tác thi đua, khen thưởng" },
            },
        });
        if (scope is not null)
        {
            plan["scopeUnitIds"] = new JsonArray(scope.Select(id => (JsonNode)JsonValue.Create(id)!).ToArray());
        }

        return plan;
    }

    private static JsonObject FunctionalTestBaseJson(object value) => System.Text.Json.JsonSerializer.SerializeToNode(value, Json)!.AsObject();

    private Task<HttpResponseMessage> DraftAsync(JsonObject plan, HttpClient? client = null) =>
        (client ?? HeadOfficer).PostAsJsonAsync("/api/v1/campaigns", plan, Json, Ct);

    private async Task<CampaignDetailsDto> DraftedAsync(JsonObject? plan = null)
    {
        var response = await DraftAsync(plan ?? Movement());
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await ReadAsync<CampaignDetailsDto>(response);
    }

    private async Task<CampaignDetailsDto> LaunchedAsync()
    {
        var campaign = await DraftedAsync();
        var launched = await HeadOfficer.PostAsync($"/api/v1/campaigns/{campaign.Id}/launch", null, Ct);
        launched.StatusCode.ShouldBe(HttpStatusCode.OK, await launched.Content.ReadAsStringAsync(Ct));
        return await ReadAsync<CampaignDetailsDto>(launched);
    }

    private static Task<HttpResponseMessage> RegisterAsync(Guid campaignId, Guid unitId, HttpClient client) =>
        client.PutAsJsonAsync($"/api/v1/campaigns/{campaignId}/registrations/{unitId}", new { targetTitles = new[] { "CO_THI_DUA_TINH" } }, Json, Ct);

    [Fact]
    public async Task TheHeadUnit_LaunchesTheClustersMovement_ReceivesRegistrationsAndReports_AndClosesIt()
    {
        await ArrangeAsync();

        var campaign = await DraftedAsync();
        campaign.LaunchingAuthority.ShouldBeNull();
        campaign.LaunchingCluster!.Id.ShouldBe(_clusterId);
        (campaign.LaunchingCluster.Name, campaign.LaunchingCluster.Year, campaign.LaunchingCluster.Head!.Code).ShouldBe(("Cụm thi đua số 7", 2023, "SGDDT-HN"));
        campaign.ScopeAllUnitsUnderAuthority.ShouldBeTrue();
        campaign.ScopeUnits.Select(u => u.Code).ShouldBe(_members.Select(m => m.Code), ignoreOrder: true);
        campaign.RegistrationDeadline.ShouldBeNull();
        var launched = await HeadOfficer.PostAsync($"/api/v1/campaigns/{campaign.Id}/launch", null, Ct);
        launched.StatusCode.ShouldBe(HttpStatusCode.OK, await launched.Content.ReadAsStringAsync(Ct));

        // Members register themselves; the head also registers a member on its behalf. A unit outside the cluster is not addressed.
        (await RegisterAsync(campaign.Id, Deputy.Id, ClientFor(Roles.UnitOfficer, Deputy.Id))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await RegisterAsync(campaign.Id, _members[2].Id, HeadOfficer)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await RegisterAsync(campaign.Id, Head.Id, HeadOfficer)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBeProblemAsync(
            await RegisterAsync(campaign.Id, _outsider.Id, ClientFor(Roles.UnitOfficer, _outsider.Id)), HttpStatusCode.UnprocessableEntity, RegistrationErrors.UnitOutOfScope.Code);
        await ShouldBeProblemAsync(
            await RegisterAsync(campaign.Id, _members[3].Id, ClientFor(Roles.UnitOfficer, Deputy.Id)), HttpStatusCode.Forbidden, AccessGuard.OtherUnit.Code);

        // The head unit approves and rejects on the cluster's behalf.
        var url = $"/api/v1/campaigns/{campaign.Id}/registrations";
        (await HeadOfficer.PostAsync($"{url}/{Deputy.Id}/approve", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HeadOfficer.PostAsync($"{url}/{Head.Id}/approve", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HeadOfficer.PostAsJsonAsync($"{url}/{_members[2].Id}/reject", new { reason = "Chưa có mô hình thi đua" }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Reports: a member's own, and one the head enters for a member.
        var report = new { narrative = "Báo cáo sơ kết đợt 1.", indicators = Array.Empty<object>() };
        (await ClientFor(Roles.UnitOfficer, Deputy.Id).PutAsJsonAsync($"/api/v1/campaigns/{campaign.Id}/reports/{Deputy.Id}/phase-1", report, Json, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await HeadOfficer.PutAsJsonAsync($"/api/v1/campaigns/{campaign.Id}/reports/{_members[4].Id}/phase-1", report, Json, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var summary = await ReadAsync<CampaignOverviewDto>(await Admin.GetAsync($"/api/v1/campaigns/{campaign.Id}/summary", Ct));
        summary.UnitsAddressed.ShouldBe(6);
        summary.Registrations.ShouldBe(new RegistrationCountsDto(0, 2, 1, 3));
        summary.Reports.ShouldHaveSingleItem().UnitsReported.ShouldBe(2);

        var list = await ReadAsync<Page<CampaignSummaryDto>>(await Admin.GetAsync($"/api/v1/campaigns?launchingClusterId={_clusterId}", Ct));
        var item = list.Items.ShouldHaveSingleItem();
        (item.LaunchingAuthority, item.LaunchingCluster!.Head!.Code).ShouldBe((null, "SGDDT-HN"));
        (await ReadAsync<Page<CampaignSummaryDto>>(await Admin.GetAsync($"/api/v1/campaigns?launchingAuthorityId={_city.Id}", Ct))).Items.ShouldBeEmpty();

        Factory.Clock.Now = new DateTimeOffset(2023, 12, 20, 9, 0, 0, TimeSpan.FromHours(7));
        var closed = await HeadOfficer.PostAsJsonAsync($"/api/v1/campaigns/{campaign.Id}/close", new
        {
            date = "2023-12-20",
            document = new { number = "15/BC-CTĐ7", date = "2023-12-20", issuer = "Cụm thi đua số 7 thành phố Hà Nội" },
            summary = "Tổng kết phong trào thi đua của Cụm năm 2023.",
        }, Json, Ct);
        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync(Ct));
        (await ReadAsync<CampaignDetailsDto>(closed)).Status.ShouldBe(CampaignStatus.Closed);
    }

    [Fact]
    public async Task AnotherMembersOfficer_Returns403NotClusterHead_ForEveryActOfTheCluster()
    {
        await ArrangeAsync();
        var deputy = ClientFor(Roles.UnitOfficer, Deputy.Id);

        await ShouldBeProblemAsync(await DraftAsync(Movement(), deputy), HttpStatusCode.Forbidden, CampaignAccess.NotClusterHead.Code);
        await ShouldBeProblemAsync(await DraftAsync(Movement(), ClientFor(Roles.UnitOfficer, _outsider.Id)), HttpStatusCode.Forbidden, CampaignAccess.NotClusterHead.Code);

        var draft = await DraftedAsync();
        var revision = Movement();
        revision.Remove("launchingClusterId"); // the launcher is set once, at draft
        await ShouldBeProblemAsync(await deputy.PutAsJsonAsync($"/api/v1/campaigns/{draft.Id}", revision, Json, Ct), HttpStatusCode.Forbidden, CampaignAccess.NotClusterHead.Code);
        (await HeadOfficer.PutAsJsonAsync($"/api/v1/campaigns/{draft.Id}", revision, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeProblemAsync(await deputy.PostAsync($"/api/v1/campaigns/{draft.Id}/launch", null, Ct), HttpStatusCode.Forbidden, CampaignAccess.NotClusterHead.Code);

        (await HeadOfficer.PostAsync($"/api/v1/campaigns/{draft.Id}/launch", null, Ct)).EnsureSuccessStatusCode();
        (await RegisterAsync(draft.Id, _members[2].Id, ClientFor(Roles.UnitOfficer, _members[2].Id))).EnsureSuccessStatusCode();
        await ShouldBeProblemAsync(
            await deputy.PostAsync($"/api/v1/campaigns/{draft.Id}/registrations/{_members[2].Id}/approve", null, Ct), HttpStatusCode.Forbidden, CampaignAccess.NotClusterHead.Code);
        await ShouldBeProblemAsync(
            await deputy.PostAsJsonAsync($"/api/v1/campaigns/{draft.Id}/phases", new { name = "Đợt 2", start = "2024-01-01", end = "2024-01-31" }, Json, Ct),
            HttpStatusCode.Forbidden,
            CampaignAccess.NotClusterHead.Code);
        await ShouldBeProblemAsync(
            await deputy.PostAsJsonAsync($"/api/v1/campaigns/{draft.Id}/close", new
            {
                date = "2023-04-05",
                document = new { number = "15/BC-CTĐ7", date = "2023-04-05", issuer = "Cụm thi đua số 7" },
                summary = "Tổng kết",
            }, Json, Ct),
            HttpStatusCode.Forbidden,
            CampaignAccess.NotClusterHead.Code);
    }

    [Fact]
    public async Task ACouncilOverTheHead_ActsForTheCluster_ButAnotherAuthoritysCouncilDoesNot()
    {
        await ArrangeAsync();
        var elsewhere = await Admin.CreateUnitAsync("UBND-HNAM", "Ủy ban nhân dân tỉnh Hà Nam", kind: "other");

        (await DraftAsync(Movement(), ClientFor(Roles.Council, _city.Id))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await DraftAsync(Movement(), Admin)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBeProblemAsync(await DraftAsync(Movement(), ClientFor(Roles.Council, elsewhere.Id)), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
    }

    [Fact]
    public async Task Draft_Returns422ClusterHasNoHead_WhenNoHeadIsElectedForTheYear()
    {
        await ArrangeAsync(elect: false);

        await ShouldBeProblemAsync(await DraftAsync(Movement(), Admin), HttpStatusCode.UnprocessableEntity, CampaignErrors.ClusterHasNoHead.Code);
        await ShouldBeProblemAsync(await DraftAsync(Movement()), HttpStatusCode.UnprocessableEntity, CampaignErrors.ClusterHasNoHead.Code);
    }

    [Fact]
    public async Task Management_Returns422ClusterHasNoHead_OnceTheHeadWasMergedAway()
    {
        await ArrangeAsync();
        var campaign = await LaunchedAsync();
        (await RegisterAsync(campaign.Id, Deputy.Id, ClientFor(Roles.UnitOfficer, Deputy.Id))).EnsureSuccessStatusCode();
        var successor = await Admin.CreateUnitAsync("SGDDT-HN-2", parentId: _city.Id, kind: "department");
        (await Admin.PostAsJsonAsync($"/api/v1/units/{Head.Id}/lineage-events",
            new { type = "merge", effectiveOn = "2023-04-05", successorId = successor.Id, legalBasis = TestData.LegalBasis(date: "2023-04-01") }, Json, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var approve = await Admin.PostAsync($"/api/v1/campaigns/{campaign.Id}/registrations/{Deputy.Id}/approve", null, Ct);

        await ShouldBeProblemAsync(approve, HttpStatusCode.UnprocessableEntity, CampaignErrors.ClusterHasNoHead.Code);
        (await ReadAsync<CampaignDetailsDto>(await Admin.GetAsync($"/api/v1/campaigns/{campaign.Id}", Ct))).LaunchingCluster!.Head.ShouldBeNull();
    }

    [Fact]
    public async Task Draft_Returns422_ForAClusterWithoutATermThatYear_AnUnknownCluster_OrAPeriodLeavingTheYear()
    {
        await ArrangeAsync();

        await ShouldBeProblemAsync(
            await DraftAsync(Movement("2024-01-01", "2024-12-31"), Admin), HttpStatusCode.UnprocessableEntity, CampaignErrors.ClusterNoTermForYear.Code);
        await ShouldBeProblemAsync(
            await DraftAsync(Movement(clusterId: Guid.NewGuid()), Admin), HttpStatusCode.UnprocessableEntity, CampaignErrors.LaunchingClusterNotFound.Code);
        await ShouldBeProblemAsync(
            await DraftAsync(Movement("2023-04-01", "2024-01-01")), HttpStatusCode.UnprocessableEntity, CampaignErrors.ClusterPeriodOutsideYear.Code);
    }

    [Fact]
    public async Task Revise_Returns422_WhenThePeriodMovesToAnotherYear()
    {
        await ArrangeAsync();
        (await Admin.PutTermAsync(_clusterId, 2024, _members.Select(m => m.Id), Head.Id)).EnsureSuccessStatusCode();
        var campaign = await DraftedAsync();
        var nextYear = Movement("2024-01-01", "2024-12-31");
        nextYear.Remove("launchingClusterId");

        var response = await HeadOfficer.PutAsJsonAsync($"/api/v1/campaigns/{campaign.Id}", nextYear, Json, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, CampaignErrors.ClusterPeriodOutsideYear.Code);
    }

    [Fact]
    public async Task Launch_Returns422_WhenAListedMemberLeftTheClusterSinceTheDraft()
    {
        await ArrangeAsync();
        var campaign = await DraftedAsync(Movement(scope: [Head.Id, _members[5].Id]));
        var successor = await Admin.CreateUnitAsync("SKHCN-HN-2", parentId: _city.Id, kind: "department");
        (await Admin.PostAsJsonAsync($"/api/v1/units/{_members[5].Id}/lineage-events",
            new { type = "merge", effectiveOn = "2023-04-05", successorId = successor.Id, legalBasis = TestData.LegalBasis(date: "2023-04-01") }, Json, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await HeadOfficer.PostAsync($"/api/v1/campaigns/{campaign.Id}/launch", null, Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.UnprocessableEntity, CampaignErrors.ScopeUnitNotClusterMember.Code);
    }

    [Fact]
    public async Task Draft_AddressesListedMembers_ButReturns422ForAListedUnitOutsideTheCluster()
    {
        await ArrangeAsync();

        var listed = await DraftedAsync(Movement(scope: [Head.Id, Deputy.Id]));
        listed.ScopeAllUnitsUnderAuthority.ShouldBeFalse();
        listed.ScopeUnits.Select(u => u.Code).ShouldBe(["SGDDT-HN", "SYT-HN"], ignoreOrder: true);

        await ShouldBeProblemAsync(
            await DraftAsync(Movement(scope: [Head.Id, _outsider.Id])), HttpStatusCode.UnprocessableEntity, CampaignErrors.ScopeUnitNotClusterMember.Code);
    }

    [Fact]
    public async Task Draft_Returns400_WithBothLaunchersOrNeither()
    {
        await ArrangeAsync();
        var both = Movement();
        both["launchingAuthorityId"] = _city.Id;
        var neither = Movement();
        neither.Remove("launchingClusterId");

        await ShouldBeValidationProblemAsync(await DraftAsync(both, Admin), "launchingClusterId");
        await ShouldBeValidationProblemAsync(await DraftAsync(neither, Admin), "launchingAuthorityId");
    }

    [Fact]
    public async Task AnAuthoritysCampaign_IsUnchanged_AndNamesNoCluster()
    {
        await ArrangeAsync();
        var plan = Movement();
        plan.Remove("launchingClusterId");
        plan["launchingAuthorityId"] = _city.Id;

        var response = await DraftAsync(plan, ClientFor(Roles.Council, _city.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var campaign = await ReadAsync<CampaignDetailsDto>(response);
        (campaign.LaunchingAuthority!.Code, campaign.LaunchingCluster).ShouldBe(("UBND-HN", null));
        await ShouldBeProblemAsync(
            await HeadOfficer.PostAsync($"/api/v1/campaigns/{campaign.Id}/launch", null, Ct), HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
    }
}
