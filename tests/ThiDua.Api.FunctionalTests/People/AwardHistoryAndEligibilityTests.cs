using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Audit.ListAuditEntries;
using ThiDua.Application.Awards;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Eligibility;
using ThiDua.Application.People;
using ThiDua.Application.Units;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.Units;

namespace ThiDua.Api.FunctionalTests.People;

/// <summary>Award histories (imported, revoked, across mergers) and eligibility computed from the records, over HTTP.</summary>
public sealed class AwardHistoryAndEligibilityTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private UnitDetailsDto _sở = null!;
    private UnitDetailsDto _hospital = null!;
    private PersonDto _lan = null!;

    private HttpClient Council => ClientFor(Roles.Council, _sở.Id);

    private async Task ArrangeAsync()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        _sở = await Admin.CreateUnitAsync("SYT-HNAM", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        _hospital = await Admin.CreateUnitAsync("BVDK-HNAM", "Bệnh viện Đa khoa tỉnh Hà Nam", parentId: _sở.Id, province: "Hà Nam");
        var response = await Admin.PostAsJsonAsync("/api/v1/people", new
        {
            fullName = "Nguyễn Thị Lan", gender = "female", unitId = _hospital.Id, position = "Bác sĩ", employedFrom = "2015-01-01",
        }, Json, Ct);
        _lan = await ReadAsync<PersonDto>(response);
    }

    private Task<HttpResponseMessage> ImportAsync(HttpClient client, string code, int year, string type = "merit", Guid[]? basis = null, Guid? unitId = null) =>
        client.PostAsJsonAsync(
            unitId is { } u ? $"/api/v1/units/{u}/awards" : $"/api/v1/people/{_lan.Id}/awards",
            new { awardTypeCode = code, year, commendationType = type, decision = new { number = $"{year - 2000}/QĐ-SYT", date = year < 2025 ? $"{year + 1}-01-15" : $"{year}-11-15", issuer = "Sở Y tế Hà Nam" }, basisInitiativeIds = basis },
            Json,
            Ct);

    private async Task<EligibilityResult> EligibilityAsync(string query) =>
        await ReadAsync<EligibilityResult>(await Admin.GetAsync($"/api/v1/people/{_lan.Id}/eligibility?{query}", Ct));

    [Fact]
    public async Task ImportedAwards_FormTheHistory_WithDuplicatesAndWrongKindsRefused()
    {
        await ArrangeAsync();

        var created = await ImportAsync(Council, "CSTDCS", 2023);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        var award = await ReadAsync<AwardRecordDto>(created);
        (award.AwardType.Name, award.RecipientNameAtDecision, award.UnitNameAtDecision).ShouldBe(("Chiến sĩ thi đua cơ sở", "Nguyễn Thị Lan", "Bệnh viện Đa khoa tỉnh Hà Nam"));
        var entry = (await ReadAsync<Page<AuditEntryDto>>(await Admin.GetAsync($"/api/v1/audit?resourceId={award.Id}&recordedAs=history", Ct))).Items.ShouldHaveSingleItem();
        (entry.RecordedAs, entry.Historical!.OccurredOn, entry.Historical.SourceDocument.Number).ShouldBe((RecordingMode.History, new DateOnly(2024, 1, 15), "23/QĐ-SYT"));

        await ShouldBeProblemAsync(await ImportAsync(Council, "CSTDCS", 2023), HttpStatusCode.Conflict, AwardErrors.Duplicate.Code);
        await ShouldBeProblemAsync(await ImportAsync(Council, "CO_THI_DUA_TINH", 2023), HttpStatusCode.UnprocessableEntity, AwardErrors.RecipientKindMismatch.Code);
        await ShouldBeProblemAsync(await ImportAsync(Council, "CO_THI_DUA_XUAT_SAC", 2023), HttpStatusCode.UnprocessableEntity, AwardErrors.UnknownAwardType.Code);
        await ShouldBeProblemAsync(await ImportAsync(ClientFor(Roles.UnitOfficer, _hospital.Id), "LDTT", 2023), HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        await ShouldBeProblemAsync(await ImportAsync(Council, "CSTDCS", 2024, basis: [Guid.NewGuid()]), HttpStatusCode.UnprocessableEntity, AwardErrors.UnknownInitiative.Code);
        (await ReadAsync<Page<AwardRecordDto>>(await Admin.GetAsync($"/api/v1/people/{_lan.Id}/awards", Ct))).Items.ShouldHaveSingleItem().Year.ShouldBe(2023);
    }

    [Fact]
    public async Task ARevocation_BreaksALaterProvincialFighterEligibility()
    {
        await ArrangeAsync();
        (await Admin.PostAsJsonAsync($"/api/v1/people/{_lan.Id}/initiatives", new
        {
            title = "Phác đồ điều trị sốt xuất huyết", kind = "initiative", year = 2025, scope = "province", recognisingBody = "UBND tỉnh Hà Nam",
            document = new { number = "120/QĐ-UBND", date = "2025-10-01" },
        }, Json, Ct)).EnsureSuccessStatusCode();
        var awards = new List<AwardRecordDto>();
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            awards.Add(await ReadAsync<AwardRecordDto>(await ImportAsync(Council, "CSTDCS", year)));
        }

        var before = await EligibilityAsync("awardType=CSTD_TINH&year=2025");
        before.IsEligible.ShouldBe(true);
        before.RuleSet.ShouldBe("LAW22-ND152");

        var revoked = await Council.PostAsJsonAsync($"/api/v1/awards/{awards[1].Id}/revoke", new
        {
            ground = "falseDossier", decision = new { number = "30/QĐ-SYT", date = "2025-11-20", issuer = "Sở Y tế Hà Nam" }, reason = "Hồ sơ kê khai không trung thực",
        }, Json, Ct);
        (await ReadAsync<AwardRecordDto>(revoked)).Revocation!.Ground.ShouldBe(RevocationGround.FalseDossier);
        var again = await Council.PostAsJsonAsync($"/api/v1/awards/{awards[1].Id}/revoke", new
        {
            ground = "falseDossier", decision = new { number = "31/QĐ-SYT", date = "2025-11-21" },
        }, Json, Ct);
        await ShouldBeProblemAsync(again, HttpStatusCode.Conflict, AwardErrors.AlreadyRevoked.Code);

        var after = await EligibilityAsync("awardType=CSTD_TINH&year=2025");
        after.IsEligible.ShouldBe(false);
        var failure = after.Failures.ShouldHaveSingleItem();
        (failure.Rule, failure.LegalBasis).ShouldBe(("cstd_tinh.consecutive_cstdcs", "Luật 06/2022/QH15, Điều 22"));
        failure.Facts.ShouldContain("revoked: 2024");
        (await ReadAsync<Page<AwardRecordDto>>(await Admin.GetAsync($"/api/v1/people/{_lan.Id}/awards", Ct))).Items.Single(a => a.Year == 2024).Revoked.ShouldBeTrue();
    }

    [Fact]
    public async Task Eligibility_ReadsRatingsAndHolds_AndUsesTheRuleSetOfTheDate()
    {
        await ArrangeAsync();
        (await Admin.PutAsJsonAsync($"/api/v1/people/{_lan.Id}/ratings/2024", new { rating = "good" }, Json, Ct)).EnsureSuccessStatusCode();

        var ldtt = await EligibilityAsync("awardType=LDTT&year=2024&on=2025-01-20");
        ldtt.IsEligible.ShouldBe(true);
        ldtt.RuleSet.ShouldBe("LAW22-ND98");

        (await Admin.PostAsJsonAsync($"/api/v1/people/{_lan.Id}/disciplines", new
        {
            kind = "hold", from = "2025-11-01", reason = "Đang bị thanh tra", legalBasis = new { number = "7/QĐ-TTr", date = "2025-11-01" },
        }, Json, Ct)).EnsureSuccessStatusCode();
        var held = await EligibilityAsync("awardType=LDTT&year=2024");
        held.Failures.ShouldHaveSingleItem().Rule.ShouldBe("hold.none");
    }

    [Fact]
    public async Task Eligibility_Returns404_422_And400_ForBadRequests()
    {
        await ArrangeAsync();

        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/people/{_lan.Id}/eligibility?awardType=XYZ&year=2024", Ct), HttpStatusCode.NotFound, NotFoundErrors.AwardType.Code);
        await ShouldBeProblemAsync(
            await Admin.GetAsync($"/api/v1/people/{_lan.Id}/eligibility?awardType=TTLDXS&year=2024", Ct), HttpStatusCode.UnprocessableEntity, AwardErrors.RecipientKindMismatch.Code);
        await ShouldBeProblemAsync(
            await Admin.GetAsync($"/api/v1/people/{_lan.Id}/eligibility?awardType=LDTT&year=2023&on=2023-12-31", Ct), HttpStatusCode.UnprocessableEntity, EligibilityErrors.NoRuleSet.Code);
        await ShouldBeValidationProblemAsync(await Admin.GetAsync($"/api/v1/people/{_lan.Id}/eligibility?awardType=LDTT", Ct), "year");
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/people/{Guid.NewGuid()}/eligibility?awardType=LDTT&year=2024", Ct), HttpStatusCode.NotFound, NotFoundErrors.Person.Code);
    }

    [Fact]
    public async Task UnitEligibility_CountsTheMembersOfTheYear_AndHistoryFollowsMergers()
    {
        await ArrangeAsync();
        (await Council.PutAsJsonAsync($"/api/v1/units/{_hospital.Id}/ratings/2025", new { rating = "excellent" }, Json, Ct)).EnsureSuccessStatusCode();
        (await Admin.PutAsJsonAsync($"/api/v1/people/{_lan.Id}/ratings/2025", new { rating = "excellent" }, Json, Ct)).EnsureSuccessStatusCode();
        (await ImportAsync(Council, "LDTT", 2025)).EnsureSuccessStatusCode();
        (await ImportAsync(Council, "CSTDCS", 2025)).EnsureSuccessStatusCode();

        var ttldxs = await ReadAsync<EligibilityResult>(await Admin.GetAsync($"/api/v1/units/{_hospital.Id}/eligibility?awardType=TTLDXS&year=2025", Ct));
        ttldxs.IsEligible.ShouldBe(true);
        ttldxs.Rules.Single(r => r.Rule == "ttldxs.advanced_worker_share").Facts.ShouldStartWith("1 of 1 members");

        var absorbed = await Admin.CreateUnitAsync("TTYT-HNAM", "Trung tâm Y tế Hà Nam", parentId: _sở.Id, kind: "centre", province: "Hà Nam");
        (await ImportAsync(Council, "TTLDXS", 2024, unitId: absorbed.Id)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Admin.PostAsJsonAsync($"/api/v1/units/{absorbed.Id}/lineage-events", new
        {
            type = "merge", effectiveOn = "2025-07-01", successorId = _hospital.Id, legalBasis = TestData.LegalBasis(),
        }, Json, Ct)).EnsureSuccessStatusCode();

        var history = await ReadAsync<Page<AwardRecordDto>>(await Admin.GetAsync($"/api/v1/units/{_hospital.Id}/awards", Ct));
        history.Items.ShouldHaveSingleItem().UnitNameAtDecision.ShouldBe("Trung tâm Y tế Hà Nam");
        var merged = await ReadAsync<EligibilityResult>(await Admin.GetAsync($"/api/v1/units/{absorbed.Id}/eligibility?awardType=TTLDTT&year=2025", Ct));
        merged.Failures.Select(f => f.Rule).ShouldContain("unit.active");
        await ShouldBeProblemAsync(
            await Council.PutAsJsonAsync($"/api/v1/units/{absorbed.Id}/ratings/2026", new { rating = "good" }, Json, Ct), HttpStatusCode.Conflict, UnitErrors.NotActive.Code);
    }

    [Fact]
    public async Task Import_Returns422_ForADecisionBeforeTheYear_AndRevoke_ForADateBeforeTheDecision()
    {
        await ArrangeAsync();

        var early = await Council.PostAsJsonAsync($"/api/v1/people/{_lan.Id}/awards", new
        {
            awardTypeCode = "LDTT", year = 2025, decision = new { number = "1/QĐ-SYT", date = "2024-12-31" },
        }, Json, Ct);
        var award = await ReadAsync<AwardRecordDto>(await ImportAsync(Council, "LDTT", 2024));
        var revokeEarly = await Council.PostAsJsonAsync($"/api/v1/awards/{award.Id}/revoke", new
        {
            ground = "falseDossier", decision = new { number = "2/QĐ-SYT", date = "2024-06-01" },
        }, Json, Ct);

        var future = await Council.PostAsJsonAsync($"/api/v1/people/{_lan.Id}/awards", new
        {
            awardTypeCode = "LDTT", year = 2024, decision = new { number = "1/QĐ-SYT", date = "2025-12-02" }, // the clock says 2025-12-01
        }, Json, Ct);
        var revokeLater = await Council.PostAsJsonAsync($"/api/v1/awards/{award.Id}/revoke", new
        {
            ground = "falseDossier", decision = new { number = "3/QĐ-SYT", date = "2025-12-02" },
        }, Json, Ct);

        await ShouldBeProblemAsync(early, HttpStatusCode.UnprocessableEntity, AwardErrors.DecisionBeforeYear.Code);
        await ShouldBeProblemAsync(future, HttpStatusCode.UnprocessableEntity, AwardErrors.DecisionInFuture.Code);
        await ShouldBeProblemAsync(revokeLater, HttpStatusCode.UnprocessableEntity, AwardErrors.RevocationInFuture.Code);
        await ShouldBeProblemAsync(revokeEarly, HttpStatusCode.UnprocessableEntity, AwardErrors.RevocationBeforeDecision.Code);
        await ShouldBeProblemAsync(await Admin.GetAsync($"/api/v1/awards/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound, NotFoundErrors.Award.Code);
    }

    [Fact]
    public async Task AnInitiative_SupportsOneAwardOnly()
    {
        await ArrangeAsync();
        var initiative = (await ReadAsync<PersonDto>(await Admin.PostAsJsonAsync($"/api/v1/people/{_lan.Id}/initiatives", new
        {
            title = "Quy trình sàng lọc sơ sinh", kind = "initiative", year = 2024, scope = "unit", recognisingBody = "Hội đồng sáng kiến Bệnh viện",
            document = new { number = "40/QĐ-BV", date = "2024-10-01" },
        }, Json, Ct))).Initiatives.ShouldHaveSingleItem().Id;

        (await ImportAsync(Council, "CSTDCS", 2024, basis: [initiative])).StatusCode.ShouldBe(HttpStatusCode.Created);
        var reused = await ImportAsync(Council, "BANG_KHEN_TINH_CA_NHAN", 2024, basis: [initiative]);

        await ShouldBeProblemAsync(reused, HttpStatusCode.UnprocessableEntity, AwardErrors.InitiativeAlreadyUsed.Code);
        (await ReadAsync<Page<AwardRecordDto>>(await Admin.GetAsync($"/api/v1/people/{_lan.Id}/awards", Ct))).Items.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task AnInitiative_OfARevokedAward_MaySupportAnotherAward()
    {
        await ArrangeAsync();
        var initiative = (await ReadAsync<PersonDto>(await Admin.PostAsJsonAsync($"/api/v1/people/{_lan.Id}/initiatives", new
        {
            title = "Quy trình sàng lọc sơ sinh", kind = "initiative", year = 2024, scope = "unit", recognisingBody = "Hội đồng sáng kiến Bệnh viện",
            document = new { number = "40/QĐ-BV", date = "2024-10-01" },
        }, Json, Ct))).Initiatives.ShouldHaveSingleItem().Id;
        var first = await ReadAsync<AwardRecordDto>(await ImportAsync(Council, "CSTDCS", 2024, basis: [initiative]));

        (await Council.PostAsJsonAsync($"/api/v1/awards/{first.Id}/revoke", new
        {
            ground = "falseDossier", decision = new { number = "5/QĐ-SYT", date = "2025-06-01" },
        }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await ImportAsync(Council, "BANG_KHEN_TINH_CA_NHAN", 2024, basis: [initiative]);

        again.StatusCode.ShouldBe(HttpStatusCode.Created, await again.Content.ReadAsStringAsync(Ct));
        await ShouldBeProblemAsync(
            await ImportAsync(Council, "LDTT", 2024, basis: [initiative]), HttpStatusCode.UnprocessableEntity, AwardErrors.InitiativeAlreadyUsed.Code);
    }

    [Fact]
    public async Task SuddenAwards_OfTheSameTypeAndYear_AreSeparateAchievements()
    {
        await ArrangeAsync();

        (await ImportAsync(Council, "BANG_KHEN_TINH_CA_NHAN", 2025)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var sudden = await Council.PostAsJsonAsync($"/api/v1/people/{_lan.Id}/awards", new
        {
            awardTypeCode = "BANG_KHEN_TINH_CA_NHAN", year = 2025, commendationType = "sudden",
            decision = new { number = "77/QĐ-UBND", date = "2025-08-10", issuer = "UBND tỉnh Hà Nam" },
        }, Json, Ct);
        var secondSudden = await Council.PostAsJsonAsync($"/api/v1/people/{_lan.Id}/awards", new
        {
            awardTypeCode = "BANG_KHEN_TINH_CA_NHAN", year = 2025, commendationType = "sudden",
            decision = new { number = "91/QĐ-UBND", date = "2025-10-02", issuer = "UBND tỉnh Hà Nam" },
        }, Json, Ct);

        sudden.StatusCode.ShouldBe(HttpStatusCode.Created);
        secondSudden.StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBeProblemAsync(await ImportAsync(Council, "BANG_KHEN_TINH_CA_NHAN", 2025), HttpStatusCode.Conflict, AwardErrors.Duplicate.Code);
    }

    [Fact]
    public async Task ACouncil_DoesNotRateItsOwnUnit()
    {
        await ArrangeAsync();

        await ShouldBeProblemAsync(
            await Council.PutAsJsonAsync($"/api/v1/units/{_sở.Id}/ratings/2025", new { rating = "excellent" }, Json, Ct), HttpStatusCode.Forbidden, AccessGuard.OutsideAuthority.Code);
        (await Admin.PutAsJsonAsync($"/api/v1/units/{_sở.Id}/ratings/2025", new { rating = "excellent" }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task UnitEligibility_OfAUnitWithoutStaff_FailsTheMemberRules_WithoutError()
    {
        await ArrangeAsync();
        var empty = await Admin.CreateUnitAsync("TTKN-HNAM", "Trung tâm Kiểm nghiệm Hà Nam", parentId: _sở.Id, kind: "centre", province: "Hà Nam");
        (await Council.PutAsJsonAsync($"/api/v1/units/{empty.Id}/ratings/2025", new { rating = "excellent" }, Json, Ct)).EnsureSuccessStatusCode();

        var result = await ReadAsync<EligibilityResult>(await Admin.GetAsync($"/api/v1/units/{empty.Id}/eligibility?awardType=TTLDXS&year=2025", Ct));

        result.IsEligible.ShouldBe(false);
        result.Failures.Select(f => f.Rule).ShouldBe(["ttldxs.all_members_complete", "ttldxs.advanced_worker_share", "ttldxs.one_grassroots_fighter"], ignoreOrder: true);
        result.Rules.Single(r => r.Rule == "ttldxs.advanced_worker_share").Facts.ShouldStartWith("0 of 0 members");
    }

    [Fact]
    public async Task IntegrationClients_SeeNoPersonalData_AndResponsesArePrivate()
    {
        await ArrangeAsync();
        var integration = ClientFor(Roles.Integration, _sở.Id, "thidua.read", "thidua.write");

        var masked = await integration.GetAsync($"/api/v1/people/{_lan.Id}", Ct);
        var council = await Council.GetAsync($"/api/v1/people/{_lan.Id}", Ct);

        masked.StatusCode.ShouldBe(HttpStatusCode.OK);
        var maskedPerson = await ReadAsync<PersonDto>(masked);
        (maskedPerson.PersonalDataVisible, maskedPerson.Disciplines).ShouldBe((false, null));
        (await ReadAsync<PersonDto>(council)).PersonalDataVisible.ShouldBeTrue();
        await ShouldBeProblemAsync(
            await integration.GetAsync($"/api/v1/people/{_lan.Id}/eligibility?awardType=LDTT&year=2025", Ct), HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        masked.Headers.CacheControl!.Private.ShouldBeTrue();
        masked.Headers.CacheControl.NoCache.ShouldBeTrue();
        masked.Headers.Vary.ShouldContain("Authorization");
    }
}
