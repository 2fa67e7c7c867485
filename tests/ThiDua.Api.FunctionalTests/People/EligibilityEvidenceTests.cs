using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Nominations;
using ThiDua.Application.People;
using ThiDua.Application.Units;
using ThiDua.Domain.Eligibility;
using EvidenceItem = ThiDua.Application.Eligibility.Results.EvidenceItem;

namespace ThiDua.Api.FunctionalTests.People;

/// <summary>Each eligibility outcome names the recorded facts it relied on (ADR 0021), and integration clients do not see them.</summary>
public sealed class EligibilityEvidenceTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
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
        _lan = await ReadAsync<PersonDto>(await Admin.PostAsJsonAsync("/api/v1/people", new
        {
            fullName = "Nguyễn Thị Lan", gender = "female", unitId = _hospital.Id, position = "Bác sĩ", employedFrom = "2015-01-01",
        }, Json, Ct));
        foreach (var (year, rating) in new[] { (2024, "excellent"), (2025, "excellent") })
        {
            (await Admin.PutAsJsonAsync($"/api/v1/people/{_lan.Id}/ratings/{year}", new { rating }, Json, Ct)).EnsureSuccessStatusCode();
        }

        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            var imported = await Council.PostAsJsonAsync($"/api/v1/people/{_lan.Id}/awards", new
            {
                awardTypeCode = "CSTDCS", year, commendationType = "merit",
                decision = new { number = $"{year - 2000}/QĐ-SYT", date = year < 2025 ? $"{year + 1}-01-15" : $"{year}-11-15", issuer = "Sở Y tế Hà Nam" },
            }, Json, Ct);
            imported.StatusCode.ShouldBe(HttpStatusCode.Created, await imported.Content.ReadAsStringAsync(Ct));
        }
    }

    [Fact]
    public async Task AnOutcome_NamesTheDecisionsOfThePriorAwards_AndTheRatingsOfTheYearsItRead()
    {
        await ArrangeAsync();

        var response = await Admin.GetAsync($"/api/v1/people/{_lan.Id}/eligibility?awardType=CSTD_TINH&year=2025", Ct);
        var result = await ReadAsync<EligibilityResult>(response);
        var merit = await ReadAsync<EligibilityResult>(await Admin.GetAsync($"/api/v1/people/{_lan.Id}/eligibility?awardType=BANG_KHEN_TINH_CA_NHAN&year=2025", Ct));

        var chain = result.Rules.Single(r => r.Rule == "cstd_tinh.consecutive_cstdcs");
        chain.Passed.ShouldBeTrue();
        chain.Evidence.Select(e => (e.Kind, e.Subject, e.Value, e.Year, e.Document)).ShouldBe(
        [
            (EvidenceKind.Award, "CSTDCS", "held", 2023, "23/QĐ-SYT"),
            (EvidenceKind.Award, "CSTDCS", "held", 2024, "24/QĐ-SYT"),
            (EvidenceKind.Award, "CSTDCS", "held", 2025, "25/QĐ-SYT"),
        ]);
        result.Rules.Single(r => r.Rule == "cstd_tinh.provincial_initiative").Evidence.ShouldBeEmpty();
        merit.Rules.Single(r => r.Rule == "bang_khen_tinh.merit_route").Evidence.Where(e => e.Kind == EvidenceKind.Rating)
            .Select(e => (e.Year, e.Value)).ShouldBe([(2024, "excellent"), (2025, "excellent")]);

        // The document's shape: camelCase kinds and values, the decision as "document".
        using var json = JsonDocument.Parse(await (await Admin.GetAsync($"/api/v1/people/{_lan.Id}/eligibility?awardType=CSTD_TINH&year=2025", Ct)).Content.ReadAsStringAsync(Ct));
        var evidence = json.RootElement.GetProperty("rules").EnumerateArray().First(r => r.GetProperty("rule").GetString() == "cstd_tinh.consecutive_cstdcs").GetProperty("evidence")[0];
        (evidence.GetProperty("kind").GetString(), evidence.GetProperty("document").GetString(), evidence.GetProperty("year").GetInt32()).ShouldBe(("award", "23/QĐ-SYT", 2023));
    }

    [Fact]
    public async Task AnIntegrationClient_ReadsTheOutcomesWithoutTheirEvidence()
    {
        await ArrangeAsync();
        var officer = ClientFor(Roles.UnitOfficer, _hospital.Id);
        var nomination = await ReadAsync<NominationDto>(await officer.PostAsJsonAsync("/api/v1/nominations", new
        {
            proposingUnitId = _hospital.Id, year = 2025, title = "Đề nghị công nhận danh hiệu thi đua năm 2025",
        }, Json, Ct));
        (await officer.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/lines", new
        {
            personId = _lan.Id, awardTypeCode = "LDTT", achievementSummary = "Hoàn thành xuất sắc nhiệm vụ năm 2025", evidence = new[] { "Báo cáo thành tích (Mẫu 05)" },
        }, Json, Ct)).EnsureSuccessStatusCode();
        (await officer.SubmitNominationAsync(nomination.Id)).EnsureSuccessStatusCode();

        var integration = ClientFor(Roles.Integration, _sở.Id, "thidua.read", "thidua.write");
        var seen = await ReadAsync<NominationDto>(await integration.PostAsJsonAsync($"/api/v1/nominations/{nomination.Id}/council-review", new { }, Json, Ct));
        var byCouncil = await ReadAsync<NominationDto>(await Council.GetAsync($"/api/v1/nominations/{nomination.Id}", Ct));

        seen.Lines.Single().Eligibility!.Rules.ShouldAllBe(r => r.Evidence.Count == 0 && r.Facts == NominationLineDto.WithheldFacts);
        var rating = byCouncil.Lines.Single().Eligibility!.Rules.Single(r => r.Rule == "ldtt.rating_good");
        rating.Evidence.ShouldBe([new EvidenceItem(EvidenceKind.Rating, "Nguyễn Thị Lan", "excellent", 2025)]);
        byCouncil.Lines.Single().Eligibility!.Rules.Single(r => r.Rule == "award.not_already_held").Evidence.ShouldBeEmpty();
    }
}
