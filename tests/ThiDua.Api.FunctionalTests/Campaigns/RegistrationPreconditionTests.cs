using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.CampaignRegistrations;
using ThiDua.Application.Common.Security;
using ThiDua.Application.People;
using ThiDua.Application.Units;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.CampaignRegistrations;
using ThiDua.Domain.Eligibility;

namespace ThiDua.Api.FunctionalTests.Campaigns;

/// <summary>
/// R12 over HTTP (ADR 0016): where the province's parameters turn it on, an emulation title needs an approved registration
/// of the year naming it — for the unit, and for a person named in their unit's registration; registrations accept the
/// province's own award types and refuse another province's.
/// </summary>
public sealed class RegistrationPreconditionTests(ThiDuaApiFactory factory) : CampaignTestBase(factory)
{
    private const string Rule = "registration.registered_for_title";
    private Guid _campaign;
    private UnitDetailsDto _hospital = null!;
    private PersonDto _hai = null!;

    private async Task ArrangeAsync(bool r12)
    {
        _campaign = (await LaunchLetter1975Async()).Id;
        _hospital = await Admin.CreateUnitAsync("BVDK-THA", "Bệnh viện Đa khoa tỉnh Thanh Hóa", parentId: Authority.Id, province: "Thanh Hóa");
        _hai = await ReadAsync<PersonDto>(await Admin.PostAsJsonAsync("/api/v1/people", new
        {
            fullName = "Lê Văn Hải", gender = "male", unitId = _hospital.Id, position = "Trưởng khoa Hồi sức", employedFrom = "2015-01-01",
        }, Json, Ct));
        var parameters = await Admin.PostAsJsonAsync("/api/v1/provinces/Thanh%20H%C3%B3a/parameters", new
        {
            effectiveFrom = "2020-01-01",
            legalBasis = new { number = "01/2020/QĐ-UBND", date = "2019-12-20", issuer = "UBND tỉnh Thanh Hóa (số văn bản minh họa)" },
            emulationRegistration = new { required = r12, article = "Điều 5" },
        }, Json, Ct);
        parameters.StatusCode.ShouldBe(HttpStatusCode.Created, await parameters.Content.ReadAsStringAsync(Ct));
    }

    private Task<HttpResponseMessage> RegisterAsync(string[] titles, string individualTitle = "LDTT") =>
        ClientFor(Roles.UnitOfficer, _hospital.Id).PutAsJsonAsync($"/api/v1/campaigns/{_campaign}/registrations/{_hospital.Id}", new
        {
            targetTitles = titles,
            models = Array.Empty<object>(),
            individualTargets = new[] { new { fullName = "LÊ VĂN HẢI", position = "Trưởng khoa", targetTitle = individualTitle } },
        }, Json, Ct);

    private async Task<RuleOutcome> UnitOutcomeAsync(string awardType) =>
        (await ReadAsync<EligibilityResult>(await Admin.GetAsync($"/api/v1/units/{_hospital.Id}/eligibility?awardType={awardType}&year=2020&on=2024-06-01", Ct)))
            .Rules.Single(r => r.Rule == Rule);

    private async Task<RuleOutcome> PersonOutcomeAsync(string awardType) =>
        (await ReadAsync<EligibilityResult>(await Admin.GetAsync($"/api/v1/people/{_hai.Id}/eligibility?awardType={awardType}&year=2020&on=2024-06-01", Ct)))
            .Rules.Single(r => r.Rule == Rule);

    [Fact]
    public async Task R12On_TitlesNeedAnApprovedRegistrationNamingThem()
    {
        await ArrangeAsync(r12: true);

        var before = await UnitOutcomeAsync("TTLDTT");
        (before.Passed, before.Kind, before.LegalBasis).ShouldBe((false, RuleKind.Precondition, "01/2020/QĐ-UBND (Thanh Hóa), Điều 5"));

        (await RegisterAsync(["TTLDTT"])).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await UnitOutcomeAsync("TTLDTT")).Passed.ShouldBeFalse(); // submitted, not approved
        (await ClientFor(Roles.Council, Authority.Id).PostAsync($"/api/v1/campaigns/{_campaign}/registrations/{_hospital.Id}/approve", null, Ct)).EnsureSuccessStatusCode();

        (await UnitOutcomeAsync("TTLDTT")).Passed.ShouldBeTrue();
        (await UnitOutcomeAsync("TTLDXS")).Passed.ShouldBeFalse();
        (await PersonOutcomeAsync("LDTT")).Passed.ShouldBeTrue(); // named, whatever the letter case
        (await PersonOutcomeAsync("CSTDCS")).Passed.ShouldBeFalse();
        (await ReadAsync<EligibilityResult>(await Admin.GetAsync($"/api/v1/units/{_hospital.Id}/eligibility?awardType=GIAY_KHEN_TAP_THE&year=2020&on=2024-06-01", Ct)))
            .Rules.ShouldNotContain(r => r.Rule == Rule); // a commendation form, not an emulation title
    }

    [Fact]
    public async Task R12Off_TheOutcomeSaysItDoesNotApply()
    {
        await ArrangeAsync(r12: false);

        var outcome = await UnitOutcomeAsync("TTLDTT");

        (outcome.Passed, outcome.LegalBasis).ShouldBe((true, "01/2020/QĐ-UBND (Thanh Hóa), Điều 5"));
        outcome.Facts.ShouldStartWith("Does not apply");
    }

    [Fact]
    public async Task Registrations_AcceptTheProvincesOwnTypes_AndRefuseAnotherProvinces()
    {
        await ArrangeAsync(r12: true);
        object OwnType(string code, string province, string from) => new
        {
            code,
            name = $"Tập thể xuất sắc tiêu biểu ({province})",
            recipientKind = "collective",
            category = "emulationTitle",
            level = "provincial",
            conferringAuthority = "Chủ tịch UBND tỉnh",
            effectiveFrom = from,
            legalBasis = new { number = "02/2019/QĐ-UBND", date = "2019-12-01", issuer = $"UBND {province} (số văn bản minh họa)" },
            article = "Điều 4",
            bonusCoefficient = 2m,
            bonusBasis = "Quy định của tỉnh (số văn bản minh họa)",
            voteShare = 0.8m,
            voteOfAllMembers = true,
            voteBasis = "Quy định của tỉnh (số văn bản minh họa)",
        };
        (await Admin.PostAsJsonAsync("/api/v1/provinces/Thanh%20H%C3%B3a/award-types", OwnType("TH_TAP_THE_TIEU_BIEU", "Thanh Hóa", "2020-01-01"), Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Admin.PostAsJsonAsync("/api/v1/provinces/H%C3%A0%20N%E1%BB%99i/award-types", OwnType("HN_TAP_THE_TIEU_BIEU", "Hà Nội", "2020-01-01"), Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Admin.PostAsJsonAsync("/api/v1/provinces/Thanh%20H%C3%B3a/award-types", OwnType("TH_SAU_NAY", "Thanh Hóa", "2021-01-01"), Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        await ShouldBeProblemAsync(await RegisterAsync(["TTLDTT", "HN_TAP_THE_TIEU_BIEU"]), HttpStatusCode.UnprocessableEntity, ProvincialAwardTypeErrors.OtherProvince.Code);
        await ShouldBeProblemAsync(await RegisterAsync(["TH_SAU_NAY"]), HttpStatusCode.UnprocessableEntity, ProvincialAwardTypeErrors.NotInForce.Code);
        await ShouldBeProblemAsync(await RegisterAsync(["TTLDTT"], individualTitle: "TH_TAP_THE_TIEU_BIEU"), HttpStatusCode.UnprocessableEntity, RegistrationErrors.IndividualTargetNotIndividual.Code);
        var registered = await RegisterAsync(["TH_TAP_THE_TIEU_BIEU"]);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync(Ct));
        (await ReadAsync<RegistrationDto>(registered)).TargetTitles.ShouldHaveSingleItem().Name.ShouldBe("Tập thể xuất sắc tiêu biểu (Thanh Hóa)");
        (await ClientFor(Roles.Council, Authority.Id).PostAsync($"/api/v1/campaigns/{_campaign}/registrations/{_hospital.Id}/approve", null, Ct)).EnsureSuccessStatusCode();

        (await UnitOutcomeAsync("TH_TAP_THE_TIEU_BIEU")).Passed.ShouldBeTrue();
        var listed = await ReadAsync<RegistrationListDto>(await Admin.GetAsync($"/api/v1/campaigns/{_campaign}/registrations?targetTitle=th_tap_the_tieu_bieu", Ct));
        listed.Items.ShouldHaveSingleItem().TargetTitles.ShouldHaveSingleItem().Name.ShouldBe("Tập thể xuất sắc tiêu biểu (Thanh Hóa)");
        listed.CountsByTargetTitle.ShouldHaveSingleItem().AwardType.Name.ShouldBe("Tập thể xuất sắc tiêu biểu (Thanh Hóa)");
        await ShouldBeValidationProblemAsync(await Admin.GetAsync($"/api/v1/campaigns/{_campaign}/registrations?targetTitle=HN_KHONG_CO", Ct), "targetTitle");
    }
}
