using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.AwardTypes.ListProvincialAwardTypes;
using ThiDua.Application.Awards;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Eligibility;
using ThiDua.Application.Nominations;
using ThiDua.Application.RuleSets.ListProvinceParameters;
using ThiDua.Application.RuleSets.ListProvinceRules;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Eligibility;
using ThiDua.Domain.Nominations;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Api.FunctionalTests.AwardTypes;

/// <summary>
/// Provinces' parameters and own award types over HTTP (ADR 0016): Bắc Ninh's attendance of award sessions
/// (QĐ 86/2025/QĐ-UBND Art. 8.4.b), citations by the unit's province, and Hà Nội's own flag (QĐ 71/2025/QĐ-UBND).
/// </summary>
public sealed class ProvinceParametersTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private const string BacNinhUrl = "/api/v1/provinces/B%E1%BA%AFc%20Ninh";
    private const string HaNoiUrl = "/api/v1/provinces/H%C3%A0%20N%E1%BB%99i";

    private static object BN86(string from = "2025-07-01", object? attendance = null, object? registration = null, string issued = "2025-06-20") => new
    {
        effectiveFrom = from,
        legalBasis = new { number = "86/2025/QĐ-UBND", date = issued, issuer = "UBND tỉnh Bắc Ninh" },
        advancedCollectiveShare = new { share = 0.7m, inclusive = true, article = "Điều 4.2" },
        awardSessionAttendance = attendance ?? new { share = 0.8m, article = "Điều 8.4.b" },
        emulationRegistration = registration,
        provincialFlagArticle = "Điều 3.1",
    };

    private static object HanoiFlag(string code = "HN_CO_THI_DUA_XUAT_SAC", string from = "2025-07-01", string? to = null) => new
    {
        code,
        name = "Cờ thi đua xuất sắc của UBND Thành phố",
        recipientKind = "collective",
        category = "emulationTitle",
        level = "provincial",
        conferringAuthority = "Chủ tịch UBND Thành phố Hà Nội",
        effectiveFrom = from,
        effectiveTo = to,
        legalBasis = new { number = "71/2025/QĐ-UBND", date = "2025-06-25", issuer = "UBND thành phố Hà Nội" },
        article = "Điều 2 (tên gọi theo tài liệu nguồn; điều khoản chưa được đối chiếu)",
        bonusCoefficient = 8m,
        bonusBasis = "Như Cờ thi đua cấp tỉnh, Nghị định 152/2025/NĐ-CP Điều 50.2 (mức riêng của Hà Nội chưa được đối chiếu)",
        voteShare = 0.8m,
        voteOfAllMembers = true,
        voteBasis = "Như Cờ thi đua cấp tỉnh, Nghị định 98/2023/NĐ-CP Điều 30.7 (chưa đối chiếu quy định của Hà Nội)",
    };

    [Fact]
    public async Task Parameters_AreDatedVersions_ListedWithTheirSupersession_AndTheOldEndpointStillReadsTheShare()
    {
        (await Admin.PostAsJsonAsync($"{BacNinhUrl}/parameters", BN86(), Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var later = await Admin.PostAsJsonAsync($"{BacNinhUrl}/parameters", new
        {
            effectiveFrom = "2026-01-01",
            legalBasis = new { number = "12/2025/QĐ-UBND", date = "2025-12-15", issuer = "UBND tỉnh Bắc Ninh" },
            emulationRegistration = new { required = true, article = "Điều 2.3" },
        }, Json, Ct);
        later.StatusCode.ShouldBe(HttpStatusCode.Created, await later.Content.ReadAsStringAsync(Ct));

        var versions = (await ReadAsync<Page<ProvinceParametersDto>>(await Admin.GetAsync($"{BacNinhUrl}/parameters", Ct))).Items;
        versions.Select(v => (v.EffectiveFrom, v.SupersededOn)).ShouldBe([(new DateOnly(2025, 7, 1), new DateOnly(2026, 1, 1)), (new DateOnly(2026, 1, 1), (DateOnly?)null)]);
        versions[0].AwardSessionAttendance.ShouldBe(new ThiDua.Application.RuleSets.Dtos.AttendanceParameter(0.8m, "Điều 8.4.b"));
        versions[1].EmulationRegistration.ShouldBe(new ThiDua.Application.RuleSets.Dtos.RegistrationParameter(true, "Điều 2.3"));
        (await ReadAsync<Page<ProvinceRuleDto>>(await Admin.GetAsync("/api/v1/rule-sets/provinces/B%E1%BA%AFc%20Ninh", Ct))).Items
            .ShouldHaveSingleItem().Article.ShouldBe("Điều 4.2");

        var december = await ReadAsync<RuleSet>(await Admin.GetAsync($"{BacNinhUrl}/rule-set?on=2025-12-31", Ct));
        var january = await ReadAsync<RuleSet>(await Admin.GetAsync($"{BacNinhUrl}/rule-set?on=2026-01-01", Ct));
        var hanam = await ReadAsync<RuleSet>(await Admin.GetAsync("/api/v1/provinces/H%C3%A0%20Nam/rule-set?on=2026-01-01", Ct));
        (december.AwardSessionAttendance!.LegalBasis, december.EmulationRegistration.Required).ShouldBe(("86/2025/QĐ-UBND (Bắc Ninh), Điều 8.4.b", false));
        (january.AwardSessionAttendance, january.EmulationRegistration.Required, january.Eligibility.AdvancedCollectiveMemberShare).ShouldBe((null, true, 0.5m));
        (hanam.Province, hanam.AwardSessionAttendance, hanam.Eligibility.ProvincialFlagBasis).ShouldBe((null, null, "Luật 06/2022/QH15, Điều 26"));
    }

    [Fact]
    public async Task SetParameters_ErrorPaths()
    {
        await ShouldBeProblemAsync(await ClientFor(Roles.Council).PostAsJsonAsync($"{BacNinhUrl}/parameters", BN86(), Json, Ct), HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        await ShouldBeValidationProblemAsync(
            await Admin.PostAsJsonAsync($"{BacNinhUrl}/parameters", BN86(attendance: new { share = 1.2m, article = "Điều 8.4.b" }), Json, Ct), "awardSessionAttendance.share");
        await ShouldBeValidationProblemAsync(
            await Admin.PostAsJsonAsync($"{BacNinhUrl}/parameters", BN86(registration: new { required = true }), Json, Ct), "emulationRegistration.article");
        await ShouldBeProblemAsync(
            await Admin.PostAsJsonAsync($"{BacNinhUrl}/parameters", new { effectiveFrom = "2025-07-01", legalBasis = new { number = "86/2025/QĐ-UBND", date = "2025-06-20" } }, Json, Ct),
            HttpStatusCode.UnprocessableEntity,
            RuleSetErrors.NoParameter.Code);
        await ShouldBeProblemAsync(
            await Admin.PostAsJsonAsync($"{BacNinhUrl}/parameters", BN86(from: "2025-06-19"), Json, Ct), HttpStatusCode.UnprocessableEntity, RuleSetErrors.OverrideBeforeItsRegulation.Code);
        (await Admin.PostAsJsonAsync($"{BacNinhUrl}/parameters", BN86(), Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBeProblemAsync(await Admin.PostAsJsonAsync("/api/v1/provinces/b%E1%BA%AFc%20ninh/parameters", BN86(), Json, Ct), HttpStatusCode.Conflict, RuleSetErrors.OverrideExists.Code);
        await ShouldBeProblemAsync(await Admin.GetAsync($"{BacNinhUrl}/rule-set?on=2023-12-31", Ct), HttpStatusCode.UnprocessableEntity, EligibilityErrors.NoRuleSet.Code);
    }

    /// <summary>A Sở's dossier with one collective Giấy khen line, submitted and in council review; returns the nomination, line and deciding council.</summary>
    private async Task<(Guid Nomination, Guid Line, HttpClient Council)> InCouncilReviewAsync(string province, string code)
    {
        var ubnd = await Admin.CreateUnitAsync($"UBND-{code}", $"Ủy ban nhân dân tỉnh {province}", kind: "other", province: province);
        var sở = await Admin.CreateUnitAsync($"SYT-{code}", $"Sở Y tế {province}", ubnd.Id, "department", province);
        var hospital = await Admin.CreateUnitAsync($"BV-{code}", $"Bệnh viện Đa khoa tỉnh {province}", sở.Id, province: province);
        var council = ClientFor(Roles.Council, sở.Id);
        var nomination = await ReadAsync<NominationDto>(await council.PostAsJsonAsync("/api/v1/nominations", new { proposingUnitId = sở.Id, year = 2025, title = "Đề nghị khen thưởng năm 2025" }, Json, Ct));
        (await council.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines", new
        {
            unitId = hospital.Id, awardTypeCode = "GIAY_KHEN_TAP_THE", achievementSummary = "Hoàn thành xuất sắc nhiệm vụ năm 2025", evidence = new[] { "Báo cáo thành tích" },
        }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var submitted = await ReadAsync<NominationDto>(await council.SubmitNominationAsync(nomination.Id));
        var provincialCouncil = ClientFor(Roles.Council, ubnd.Id);
        (await provincialCouncil.PostAsync($"/api/v1/nominations/{nomination.Id}/council-review", null, Ct)).EnsureSuccessStatusCode();
        return (nomination.Id, submitted.Lines.ShouldHaveSingleItem().Id, provincialCouncil);
    }

    [Fact]
    public async Task BacNinh_RefusesAnAwardSessionWith7Of10Present_AndCountsOneWith8()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        (await Admin.PostAsJsonAsync($"{BacNinhUrl}/parameters", BN86(), Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var (nomination, line, council) = await InCouncilReviewAsync("Bắc Ninh", "BN");
        var vote = $"/api/v1/nominations/{nomination}/lines/{line}/vote";

        var refused = await ShouldBeProblemAsync(
            await council.PutAsJsonAsync(vote, new { members = 10, present = 7, yes = 7 }, Json, Ct), HttpStatusCode.UnprocessableEntity, NominationErrors.AttendanceBelowMinimum.Code);
        refused.GetProperty("detail").GetString()!.ShouldContain("86/2025/QĐ-UBND (Bắc Ninh), Điều 8.4.b");
        (await council.PutAsJsonAsync(vote, new { members = 10, present = 8, yes = 8 }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ReadAsync<NominationDto>(await council.GetAsync($"/api/v1/nominations/{nomination}", Ct))).Lines.Single().Vote!.Present.ShouldBe(8);
    }

    [Fact]
    public async Task AHaNamSession_OfSevenOfTen_Counts_BacNinhsParametersAreNotItsOwn()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        (await Admin.PostAsJsonAsync($"{BacNinhUrl}/parameters", BN86(), Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var (nomination, line, council) = await InCouncilReviewAsync("Hà Nam", "HNAM");

        (await council.PutAsJsonAsync($"/api/v1/nominations/{nomination}/lines/{line}/vote", new { members = 10, present = 7, yes = 7 }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheProvincialFlagRule_CitesTheUnitsProvincesText_OrTheLaw()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        (await Admin.PostAsJsonAsync($"{BacNinhUrl}/parameters", BN86(), Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var hanam = await Admin.CreateUnitAsync("CDYT-HNAM", "Trường Cao đẳng Y tế Hà Nam", kind: "college", province: "Hà Nam");
        var bacninh = await Admin.CreateUnitAsync("BV-BN", "Bệnh viện Đa khoa tỉnh Bắc Ninh", province: "Bắc Ninh");

        static string Basis(EligibilityResult r) => r.Rules.Single(o => o.Rule == "co_thi_dua_tinh.cluster_leader").LegalBasis;
        var forHaNam = await ReadAsync<EligibilityResult>(await Admin.GetAsync($"/api/v1/units/{hanam.Id}/eligibility?awardType=CO_THI_DUA_TINH&year=2025", Ct));
        var forBacNinh = await ReadAsync<EligibilityResult>(await Admin.GetAsync($"/api/v1/units/{bacninh.Id}/eligibility?awardType=CO_THI_DUA_TINH&year=2025", Ct));
        var beforeBN86 = await ReadAsync<EligibilityResult>(await Admin.GetAsync($"/api/v1/units/{bacninh.Id}/eligibility?awardType=CO_THI_DUA_TINH&year=2025&on=2025-06-30", Ct));

        Basis(forHaNam).ShouldBe("Luật 06/2022/QH15, Điều 26");
        forHaNam.Rules.ShouldAllBe(r => !r.LegalBasis.Contains("Bắc Ninh"));
        Basis(forBacNinh).ShouldBe("Luật 06/2022/QH15, Điều 26; 86/2025/QĐ-UBND (Bắc Ninh), Điều 3.1");
        Basis(beforeBN86).ShouldBe("Luật 06/2022/QH15, Điều 26");
    }

    [Fact]
    public async Task HanoisOwnFlag_IsProposedVotedAndDecidedForAHanoiUnit_AndRefusedElsewhere()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 11, 20, 9, 0, 0, TimeSpan.FromHours(7));
        var created = await Admin.PostAsJsonAsync($"{HaNoiUrl}/award-types", HanoiFlag(), Json, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Ct));
        (await ReadAsync<ProvincialAwardTypeDto>(created)).Citation.ShouldStartWith("71/2025/QĐ-UBND (Hà Nội), Điều 2");

        var ubnd = await Admin.CreateUnitAsync("UBND-HN", "Ủy ban nhân dân thành phố Hà Nội", kind: "other", province: "Hà Nội");
        var sở = await Admin.CreateUnitAsync("SYT-HN", "Sở Y tế Hà Nội", ubnd.Id, "department", "Hà Nội");
        var phuSan = await Admin.CreateUnitAsync("BV-PSHN", "Bệnh viện Phụ Sản Hà Nội", sở.Id, province: "Hà Nội");
        var council = ClientFor(Roles.Council, sở.Id);
        var nomination = await ReadAsync<NominationDto>(await council.PostAsJsonAsync("/api/v1/nominations", new { proposingUnitId = sở.Id, year = 2025, title = "Đề nghị tặng Cờ thi đua xuất sắc năm 2025" }, Json, Ct));
        var proposed = await council.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines", new
        {
            unitId = phuSan.Id, awardTypeCode = "hn_co_thi_dua_xuat_sac", achievementSummary = "Dẫn đầu Cụm thi đua số 2 năm 2025", evidence = new[] { "Biên bản suy tôn" },
        }, Json, Ct);
        proposed.StatusCode.ShouldBe(HttpStatusCode.Created, await proposed.Content.ReadAsStringAsync(Ct));

        var submitted = await ReadAsync<NominationDto>(await council.SubmitNominationAsync(nomination.Id));
        var line = submitted.Lines.ShouldHaveSingleItem();
        line.Eligibility!.IsEligible.ShouldBe(true);
        line.Eligibility.Rules.Single(r => r.Rule == "criteria.appraised_by_council").LegalBasis.ShouldStartWith("71/2025/QĐ-UBND (Hà Nội)");

        var cityCouncil = ClientFor(Roles.Council, ubnd.Id);
        (await cityCouncil.PostAsync($"/api/v1/nominations/{nomination.Id}/council-review", null, Ct)).EnsureSuccessStatusCode();
        var vote = await cityCouncil.PutAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines/{line.Id}/vote", new { members = 10, present = 9, yes = 8 }, Json, Ct);
        vote.StatusCode.ShouldBe(HttpStatusCode.OK, await vote.Content.ReadAsStringAsync(Ct));
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 10, 9, 0, 0, TimeSpan.FromHours(7));
        var decided = await cityCouncil.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/decide",
            await Admin.DecisionBodyAsync("5012/QĐ-UBND", "2025-12-10", "UBND thành phố Hà Nội", "Chủ tịch UBND Thành phố", "Chủ tịch"), Json, Ct);
        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync(Ct));
        var decidedDossier = await ReadAsync<NominationDto>(decided);
        decidedDossier.Status.ShouldBe(NominationStatus.Decided);
        var flag = (await ReadAsync<Page<AwardRecordDto>>(await Admin.GetAsync($"/api/v1/units/{phuSan.Id}/awards", Ct))).Items.ShouldHaveSingleItem();
        (flag.AwardType.Code, flag.AwardType.Name, flag.BonusVnd).ShouldBe(("HN_CO_THI_DUA_XUAT_SAC", "Cờ thi đua xuất sắc của UBND Thành phố", 18_720_000L)); // 8 × 2,340,000
        decidedDossier.Lines.Single().AwardType.Name.ShouldBe("Cờ thi đua xuất sắc của UBND Thành phố");

        // A Bắc Ninh unit: not in a nomination line, not in its history, not in an eligibility query.
        var bacninh = await Admin.CreateUnitAsync("BV-BN", "Bệnh viện Đa khoa tỉnh Bắc Ninh", province: "Bắc Ninh");
        var bnNomination = await ReadAsync<NominationDto>(await Admin.PostAsJsonAsync("/api/v1/nominations", new { proposingUnitId = bacninh.Id, year = 2025, title = "Đề nghị" }, Json, Ct));
        await ShouldBeProblemAsync(
            await Admin.PostAsJsonAsync($"/api/v1/nominations/{bnNomination.Id}/lines", new { unitId = bacninh.Id, awardTypeCode = "HN_CO_THI_DUA_XUAT_SAC", achievementSummary = "x", evidence = Array.Empty<string>() }, Json, Ct),
            HttpStatusCode.UnprocessableEntity,
            ProvincialAwardTypeErrors.OtherProvince.Code);
        await ShouldBeProblemAsync(
            await Admin.PostAsJsonAsync($"/api/v1/units/{bacninh.Id}/awards", new { awardTypeCode = "HN_CO_THI_DUA_XUAT_SAC", year = 2025, decision = new { number = "1/QĐ-UBND", date = "2025-12-01", issuer = "UBND" } }, Json, Ct),
            HttpStatusCode.UnprocessableEntity,
            ProvincialAwardTypeErrors.OtherProvince.Code);
        await ShouldBeProblemAsync(
            await Admin.GetAsync($"/api/v1/units/{bacninh.Id}/eligibility?awardType=HN_CO_THI_DUA_XUAT_SAC&year=2025", Ct), HttpStatusCode.UnprocessableEntity, ProvincialAwardTypeErrors.OtherProvince.Code);

        // Hà Nội's history before the type applies.
        await ShouldBeProblemAsync(
            await Admin.PostAsJsonAsync($"/api/v1/units/{phuSan.Id}/awards", new { awardTypeCode = "HN_CO_THI_DUA_XUAT_SAC", year = 2024, decision = new { number = "9/QĐ-UBND", date = "2024-12-20", issuer = "UBND" } }, Json, Ct),
            HttpStatusCode.UnprocessableEntity,
            ProvincialAwardTypeErrors.NotInForce.Code);
        await ShouldBeProblemAsync(
            await Admin.PostAsJsonAsync($"/api/v1/units/{phuSan.Id}/awards", new { awardTypeCode = "HN_KHONG_CO", year = 2025, decision = new { number = "9/QĐ-UBND", date = "2025-12-20", issuer = "UBND" } }, Json, Ct),
            HttpStatusCode.UnprocessableEntity,
            AwardErrors.UnknownAwardType.Code);
    }

    [Fact]
    public async Task HN71_CongDanThuDoUuTu_NeedsNinetyPercentOfAllMembers()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 11, 20, 9, 0, 0, TimeSpan.FromHours(7));
        (await Admin.PostAsJsonAsync($"{HaNoiUrl}/award-types", new
        {
            code = "HN_CONG_DAN_THU_DO_UU_TU",
            name = "Công dân Thủ đô ưu tú",
            recipientKind = "individual",
            category = "commendationForm",
            level = "provincial",
            conferringAuthority = "Chủ tịch UBND Thành phố Hà Nội",
            effectiveFrom = "2025-07-01",
            legalBasis = new { number = "71/2025/QĐ-UBND", date = "2025-06-25", issuer = "UBND thành phố Hà Nội" },
            article = "Điều 3",
            bonusCoefficient = 0m,
            bonusBasis = "Mức tiền thưởng chưa được đối chiếu",
            voteShare = 0.9m,
            voteOfAllMembers = true,
            voteBasis = "71/2025/QĐ-UBND (Hà Nội), Điều 3.5",
        }, Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var ubnd = await Admin.CreateUnitAsync("UBND-HN", "Ủy ban nhân dân thành phố Hà Nội", kind: "other", province: "Hà Nội");
        var sở = await Admin.CreateUnitAsync("SYT-HN", "Sở Y tế Hà Nội", ubnd.Id, "department", "Hà Nội");
        var people = new List<Guid>();
        foreach (var name in new[] { "Nguyễn Văn An", "Trần Thị Bình" })
        {
            people.Add((await ReadAsync<ThiDua.Application.People.PersonDto>(await Admin.PostAsJsonAsync("/api/v1/people", new
            {
                fullName = name, gender = "female", unitId = sở.Id, position = "Bác sĩ", employedFrom = "2010-01-01",
            }, Json, Ct))).Id);
        }

        var council = ClientFor(Roles.Council, sở.Id);
        var nomination = await ReadAsync<NominationDto>(await council.PostAsJsonAsync("/api/v1/nominations", new { proposingUnitId = sở.Id, year = 2025, title = "Đề nghị xét tặng Công dân Thủ đô ưu tú năm 2025" }, Json, Ct));
        foreach (var person in people)
        {
            var added = await council.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines", new
            {
                personId = person, awardTypeCode = "HN_CONG_DAN_THU_DO_UU_TU", achievementSummary = "Cống hiến xuất sắc cho Thủ đô", evidence = new[] { "Báo cáo thành tích" },
            }, Json, Ct);
            added.StatusCode.ShouldBe(HttpStatusCode.Created, await added.Content.ReadAsStringAsync(Ct));
        }

        var lines = (await ReadAsync<NominationDto>(await council.SubmitNominationAsync(nomination.Id))).Lines.OrderBy(l => l.NomineeName, StringComparer.Ordinal).ToList();
        var city = ClientFor(Roles.Council, ubnd.Id);
        (await city.PostAsync($"/api/v1/nominations/{nomination.Id}/council-review", null, Ct)).EnsureSuccessStatusCode();
        (await city.PutAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines/{lines[0].Id}/vote", new { members = 20, present = 18, yes = 17 }, Json, Ct)).EnsureSuccessStatusCode();
        (await city.PutAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines/{lines[1].Id}/vote", new { members = 20, present = 18, yes = 17, writtenYes = 1 }, Json, Ct)).EnsureSuccessStatusCode();

        var voted = (await ReadAsync<NominationDto>(await city.GetAsync($"/api/v1/nominations/{nomination.Id}", Ct))).Lines.OrderBy(l => l.NomineeName, StringComparer.Ordinal).ToList();
        voted.Select(l => (l.NomineeName, l.Vote!.Passed)).ShouldBe([("Nguyễn Văn An", false), ("Trần Thị Bình", true)]); // 85 %, 90 %
        voted[0].AwardType.Name.ShouldBe("Công dân Thủ đô ưu tú");
    }

    [Fact]
    public async Task CreateProvincialAwardType_ErrorPaths_AndTheList()
    {
        await ShouldBeProblemAsync(await ClientFor(Roles.Council).PostAsJsonAsync($"{HaNoiUrl}/award-types", HanoiFlag(), Json, Ct), HttpStatusCode.Forbidden, AccessGuard.RoleNotAllowed.Code);
        await ShouldBeValidationProblemAsync(await Admin.PostAsJsonAsync($"{HaNoiUrl}/award-types", HanoiFlag(code: "HN CỜ"), Json, Ct), "code");
        await ShouldBeProblemAsync(await Admin.PostAsJsonAsync($"{HaNoiUrl}/award-types", HanoiFlag(code: "CO_THI_DUA_TINH"), Json, Ct), HttpStatusCode.UnprocessableEntity, ProvincialAwardTypeErrors.NationalCode.Code);
        await ShouldBeProblemAsync(
            await Admin.PostAsJsonAsync($"{HaNoiUrl}/award-types", HanoiFlag(to: "2025-06-30"), Json, Ct), HttpStatusCode.UnprocessableEntity, ProvincialAwardTypeErrors.EndsBeforeStart.Code);
        await ShouldBeProblemAsync(
            await Admin.PostAsJsonAsync($"{HaNoiUrl}/award-types", HanoiFlag(from: "2025-06-24"), Json, Ct), HttpStatusCode.UnprocessableEntity, RuleSetErrors.OverrideBeforeItsRegulation.Code);
        (await Admin.PostAsJsonAsync($"{HaNoiUrl}/award-types", HanoiFlag(), Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBeProblemAsync(await Admin.PostAsJsonAsync($"{BacNinhUrl}/award-types", HanoiFlag(), Json, Ct), HttpStatusCode.Conflict, ProvincialAwardTypeErrors.CodeExists.Code);

        (await ReadAsync<Page<ProvincialAwardTypeDto>>(await Admin.GetAsync($"{HaNoiUrl}/award-types", Ct))).Items.ShouldHaveSingleItem().VoteShare.ShouldBe(0.8m);
        (await ReadAsync<Page<ProvincialAwardTypeDto>>(await Admin.GetAsync($"{BacNinhUrl}/award-types", Ct))).Items.ShouldBeEmpty();
        var hanoiRules = await ReadAsync<RuleSet>(await Admin.GetAsync($"{HaNoiUrl}/rule-set?on=2025-12-01", Ct));
        hanoiRules.RuleFor("HN_CO_THI_DUA_XUAT_SAC").BonusCoefficient.ShouldBe(8m);
    }
}
