using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Awards;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Nominations;
using ThiDua.Application.People;
using ThiDua.Application.Units;
using ThiDua.Domain.Nominations;

namespace ThiDua.Api.FunctionalTests.Privacy;

/// <summary>
/// Issue 15 item 3 over HTTP: no council records awards, decisions or ratings for its own unit (the authority above it
/// does); a dossier's covenant and campaign belong to its proposing unit's scope.
/// </summary>
public sealed class SelfJudgingTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private UnitDetailsDto _sở = null!;
    private UnitDetailsDto _hospital = null!;
    private UnitDetailsDto _college = null!;
    private UnitDetailsDto _otherHospital = null!;

    private HttpClient Council => ClientFor(Roles.Council, _sở.Id);

    private async Task ArrangeAsync()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        _sở = await Admin.CreateUnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        _hospital = await Admin.CreateUnitAsync("BVDK-HNAM", "Bệnh viện Đa khoa tỉnh Hà Nam", parentId: _sở.Id, province: "Hà Nam");
        _college = await Admin.CreateUnitAsync("CDYT-HNAM", "Trường Cao đẳng Y tế Hà Nam", parentId: _sở.Id, kind: "college", province: "Hà Nam");
        var otherSở = await Admin.CreateUnitAsync("SYT-NB", "Sở Y tế Ninh Bình", kind: "department", province: "Ninh Bình");
        _otherHospital = await Admin.CreateUnitAsync("BVDK-NB", "Bệnh viện Đa khoa tỉnh Ninh Bình", parentId: otherSở.Id, province: "Ninh Bình");
    }

    private static object Award(string code, int year = 2024) => new
    {
        awardTypeCode = code, year, decision = new { number = "12/QĐ-UBND", date = $"{year + 1}-01-15", issuer = "Ủy ban nhân dân tỉnh Hà Nam" },
    };

    private async Task<PersonDto> PersonAtAsync(Guid unitId, string name)
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/people", new { fullName = name, gender = "male", unitId, position = "Chuyên viên", employedFrom = "2015-01-01" }, Json, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return await ReadAsync<PersonDto>(response);
    }

    [Fact]
    public async Task ACouncil_RecordsAwardsForUnitsAndStaffBelowIt_NeverForItsOwnUnit()
    {
        await ArrangeAsync();
        var official = await PersonAtAsync(_sở.Id, "Trần Văn An");
        var doctor = await PersonAtAsync(_hospital.Id, "Lê Văn Bình");

        var ownUnit = await Council.PostAsJsonAsync($"/api/v1/units/{_sở.Id}/awards", Award("TTLDXS"), Json, Ct);
        var ownStaff = await Council.PostAsJsonAsync($"/api/v1/people/{official.Id}/awards", Award("CSTDCS"), Json, Ct);
        var unitBelow = await Council.PostAsJsonAsync($"/api/v1/units/{_hospital.Id}/awards", Award("TTLDXS"), Json, Ct);
        var staffBelow = await Council.PostAsJsonAsync($"/api/v1/people/{doctor.Id}/awards", Award("CSTDCS"), Json, Ct);
        var byAdmin = await Admin.PostAsJsonAsync($"/api/v1/units/{_sở.Id}/awards", Award("TTLDXS"), Json, Ct);
        var byOfficer = await ClientFor(Roles.UnitOfficer, _hospital.Id).PostAsJsonAsync($"/api/v1/units/{_hospital.Id}/awards", Award("TTLDXS", 2023), Json, Ct);

        await ShouldBeProblemAsync(ownUnit, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(ownStaff, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(byOfficer, HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        unitBelow.StatusCode.ShouldBe(HttpStatusCode.Created);
        staffBelow.StatusCode.ShouldBe(HttpStatusCode.Created);
        byAdmin.StatusCode.ShouldBe(HttpStatusCode.Created);

        // Revoking an imported award is judging too: the council does not revoke its own unit's, the admin does.
        var ownAward = await ReadAsync<AwardRecordDto>(byAdmin);
        var revoke = new { ground = "falseDossier", decision = new { number = "20/QĐ-UBND", date = "2025-11-20", issuer = "Ủy ban nhân dân tỉnh Hà Nam" }, reason = "Hồ sơ không trung thực" };
        await ShouldBeProblemAsync(await Council.PostAsJsonAsync($"/api/v1/awards/{ownAward.Id}/revoke", revoke, Json, Ct), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        (await Council.PostAsJsonAsync($"/api/v1/awards/{(await ReadAsync<AwardRecordDto>(unitBelow)).Id}/revoke", revoke, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ACouncil_NeitherRatesNorDecidesForItsOwnUnit()
    {
        await ArrangeAsync();
        var official = await PersonAtAsync(_sở.Id, "Trần Văn An");
        (await Admin.PutAsJsonAsync($"/api/v1/people/{official.Id}/ratings/2025", new { rating = "excellent" }, Json, Ct)).EnsureSuccessStatusCode();
        var nomination = await ReadAsync<NominationDto>(await Council.PostAsJsonAsync("/api/v1/nominations", new { proposingUnitId = _sở.Id, year = 2025, title = "Đề nghị năm 2025" }, Json, Ct));
        (await Council.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines", new
        {
            personId = official.Id, awardTypeCode = "CSTDCS", achievementSummary = "Hoàn thành xuất sắc nhiệm vụ", evidence = new[] { "Báo cáo thành tích" },
        }, Json, Ct)).EnsureSuccessStatusCode();
        (await Council.SubmitNominationAsync(nomination.Id)).EnsureSuccessStatusCode();

        var rating = await Council.PutAsJsonAsync($"/api/v1/units/{_sở.Id}/ratings/2025", new { rating = "excellent" }, Json, Ct);
        var review = await Council.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/council-review", new { }, Json, Ct);
        var decide = await Council.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/decide", await Council.DecisionBodyAsync(), Json, Ct);

        await ShouldBeProblemAsync(rating, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(review, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        await ShouldBeProblemAsync(decide, HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        (await Council.PutAsJsonAsync($"/api/v1/units/{_hospital.Id}/ratings/2025", new { rating = "excellent" }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ADossiersCovenant_BelongsToItsProposingUnitsScope()
    {
        await ArrangeAsync();
        var cluster = await Admin.CreateClusterAsync("Cụm thi đua các bệnh viện", _sở.Id);
        (await Admin.PutTermAsync(cluster.Id, 2025, [_hospital.Id])).EnsureSuccessStatusCode();
        var drafted = await Admin.PostAsJsonAsync("/api/v1/covenants", new
        {
            clusterId = cluster.Id, year = 2025, title = "Giao ước thi đua năm 2025", scaleMax = 100m, signingDeadline = "2025-03-31",
            contents = new[] { new { number = 1, title = "Hoàn thành các chỉ tiêu chuyên môn" } },
            criteria = new[] { new { code = "1.1", contentNumber = 1, description = "Chỉ tiêu chuyên môn", maxPoints = 100m, isGate = false } },
            bonusRules = Array.Empty<object>(), penaltyRules = Array.Empty<object>(),
        }, Json, Ct);
        drafted.StatusCode.ShouldBe(HttpStatusCode.Created, await drafted.Content.ReadAsStringAsync(Ct));
        var covenantId = (await ReadAsync<System.Text.Json.JsonElement>(drafted)).GetProperty("id").GetGuid();

        Task<HttpResponseMessage> DraftAsync(Guid unitId) => Admin.PostAsJsonAsync("/api/v1/nominations", new { proposingUnitId = unitId, year = 2025, title = "Đề nghị tặng Cờ thi đua", covenantId }, Json, Ct);

        (await DraftAsync(_hospital.Id)).StatusCode.ShouldBe(HttpStatusCode.Created); // a member
        (await DraftAsync(_sở.Id)).StatusCode.ShouldBe(HttpStatusCode.Created); // the cluster's managing authority
        await ShouldBeProblemAsync(await DraftAsync(_college.Id), HttpStatusCode.UnprocessableEntity, NominationErrors.CovenantOutsideScope.Code); // a sibling outside the cluster
        await ShouldBeProblemAsync(await DraftAsync(_otherHospital.Id), HttpStatusCode.UnprocessableEntity, NominationErrors.CovenantOutsideScope.Code);
        await ShouldBeProblemAsync(
            await Admin.PostAsJsonAsync("/api/v1/nominations", new { proposingUnitId = _hospital.Id, year = 2025, title = "Đề nghị", covenantId = Guid.NewGuid() }, Json, Ct),
            HttpStatusCode.NotFound,
            ThiDua.Application.Common.Exceptions.NotFoundErrors.Covenant.Code);
    }

    [Fact]
    public async Task ADossiersCampaign_BelongsToItsProposingUnitsScope()
    {
        await ArrangeAsync();

        async Task<Guid> CampaignAsync(Guid authorityId, Guid[]? scopeUnitIds)
        {
            var response = await Admin.PostAsJsonAsync("/api/v1/campaigns", new
            {
                launchingAuthorityId = authorityId, title = "Phong trào thi đua năm 2025", theme = "Hoàn thành xuất sắc nhiệm vụ", kind = "regular",
                periodStart = "2025-01-01", periodEnd = "2025-12-31",
                letter = new { number = "10/SYT-VP", date = "2025-01-02", signerName = "Trần Văn An", signerTitle = "Giám đốc", recipients = new[] { "Các đơn vị trong ngành" }, coLaunchers = Array.Empty<string>() },
                phases = new[] { new { name = "Đợt 1", start = "2025-01-01", end = "2025-12-31", focus = "Cả năm", commemorations = Array.Empty<string>() } },
                contents = new[] { new { code = "1", text = "Hoàn thành chỉ tiêu chuyên môn" } },
                scopeUnitIds,
            }, Json, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
            return (await ReadAsync<System.Text.Json.JsonElement>(response)).GetProperty("id").GetGuid();
        }

        var everyUnit = await CampaignAsync(_sở.Id, null);
        var hospitalsOnly = await CampaignAsync(_sở.Id, [_hospital.Id]);

        Task<HttpResponseMessage> DraftAsync(Guid unitId, Guid campaignId) =>
            Admin.PostAsJsonAsync("/api/v1/nominations", new { proposingUnitId = unitId, year = 2025, title = "Đề nghị khen thưởng phong trào", campaignId }, Json, Ct);

        (await DraftAsync(_college.Id, everyUnit)).StatusCode.ShouldBe(HttpStatusCode.Created); // addressed: every unit under the Sở
        (await DraftAsync(_sở.Id, everyUnit)).StatusCode.ShouldBe(HttpStatusCode.Created); // the launching authority
        (await DraftAsync(_hospital.Id, hospitalsOnly)).StatusCode.ShouldBe(HttpStatusCode.Created); // listed
        await ShouldBeProblemAsync(await DraftAsync(_college.Id, hospitalsOnly), HttpStatusCode.UnprocessableEntity, NominationErrors.CampaignOutsideScope.Code); // not listed
        await ShouldBeProblemAsync(await DraftAsync(_otherHospital.Id, everyUnit), HttpStatusCode.UnprocessableEntity, NominationErrors.CampaignOutsideScope.Code); // another province
    }
}
