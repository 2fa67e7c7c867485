using System.Net;
using System.Net.Http.Json;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.CampaignRegistrations;
using ThiDua.Application.Campaigns;
using ThiDua.Application.Campaigns.GetCampaignOverview;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.Units;
using ThiDua.Domain.AwardTypes;

namespace ThiDua.Api.FunctionalTests.Campaigns;

/// <summary>
/// Seed 004: at the conference of 31/03/2023, the six departments (Sở) of Hà Nội's emulation cluster no. 7 register
/// for the city's flag or higher, each with its named emulation models (mô hình thi đua).
/// </summary>
/// <remarks>
/// "Cờ thi đua xuất sắc của UBND Thành phố" is Hà Nội's name for the flag of a province-level People's Committee
/// (Law 06/2022/QH15, Art. 26): the catalogue's <c>CO_THI_DUA_TINH</c> ("Cờ thi đua của UBND tỉnh"), the closest code.
/// "Cờ thi đua của Chính phủ" is <c>CO_THI_DUA_CP</c>.
/// </remarks>
public sealed class Cluster7RegistrationScenarioTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private static readonly DateTimeOffset March31 = new(2023, 3, 31, 15, 0, 0, TimeSpan.FromHours(7));
    private static readonly string CityFlag = AwardCatalogue.ProvincialFlag;
    private static readonly string GovernmentFlag = AwardCatalogue.GovernmentFlag;

    /// <summary>The six departments, in the order the seed names their registrations: targets and models.</summary>
    private static readonly (string Code, string Name, string[] Targets, string[] Models)[] Departments =
    [
        ("SGDDT-HN", "Sở Giáo dục và Đào tạo Hà Nội", [CityFlag, GovernmentFlag],
        [
            "Triển khai thực hiện phong trào “Nhà trường cùng chung tay phát triển - Thầy cô cùng sẻ chia trách nhiệm” giai đoạn 2022-2025",
            "Xây dựng cơ sở dữ liệu Thành phố về công tác tự đánh giá kiểm định chất lượng giáo dục của các cơ sở giáo dục",
            "Tiếp tục triển khai và lan tỏa Giải thưởng “Nhà giáo Hà Nội tâm huyết, sáng tạo” lần thứ 7 năm học 2022-2023",
        ]),
        ("SYT-HN", "Sở Y tế Hà Nội", [CityFlag, GovernmentFlag],
        [
            "Thực hiện các kỹ thuật cao, kỹ thuật mũi nhọn của ngành y tế Hà Nội (Ghép tạng, Phẫu thuật nội soi tiêu hóa, chẩn đoán trước sinh, tầm soát phát hiện ung thư sớm...)",
            "Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh",
        ]),
        ("SLDTBXH-HN", "Sở Lao động - Thương binh và Xã hội Hà Nội", [CityFlag, GovernmentFlag],
        [
            "Phát triển thị trường lao động linh hoạt, hiện đại, hiệu quả, bền vững góp phần giải quyết việc làm cho người lao động trên địa bàn thành phố Hà Nội năm 2023",
        ]),
        ("STTTT-HN", "Sở Thông tin và Truyền thông Hà Nội", [CityFlag],
        [
            "Triển khai hiệu quả Nghị quyết của Thành ủy Hà Nội về chuyển đổi số, xây dựng thành phố Hà Nội thông minh đến năm 2025, định hướng đến năm 2030",
            "Xây dựng và triển khai hiệu quả Đề án truyền thông về quyền con người ở Việt Nam trên địa bàn thành phố Hà Nội",
            "Tuyên truyền các nhiệm vụ chính trị, phát triển kinh tế - xã hội của thành phố Hà Nội năm 2023",
            "Ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của Sở Thông tin và Truyền thông nhằm thúc đẩy hiệu quả công tác cải cách hành chính",
        ]),
        ("SKHCN-HN", "Sở Khoa học và Công nghệ Hà Nội", [CityFlag],
        [
            "Tham mưu UBND Thành phố ban hành quy chế xét tặng giải thưởng Khoa học và Công nghệ Thủ đô",
            "Tiếp tục đẩy mạnh phong trào sáng kiến, sáng tạo trên địa bàn thành phố Hà Nội",
        ]),
        ("SVHTT-HN", "Sở Văn hóa và Thể thao Hà Nội", [CityFlag, GovernmentFlag],
        [
            "Các giải pháp triển khai thực hiện bảo tồn và phát huy giá trị di sản văn hóa phi vật thể được UNESCO ghi danh",
        ]),
    ];

    [Fact]
    public async Task SixDepartmentsOfCluster7_RegisterForTheCitysFlagOrHigher_WithTheirModels()
    {
        Factory.Clock.Now = March31;
        var city = await Admin.CreateUnitAsync("UBND-HN", "Ủy ban nhân dân thành phố Hà Nội", kind: "other");
        var units = new List<UnitDetailsDto>();
        foreach (var (code, name, _, _) in Departments)
        {
            units.Add(await Admin.CreateUnitAsync(code, name, parentId: city.Id, kind: "department"));
        }

        var council = ClientFor(Roles.Council, city.Id);
        // The seed (a news report) names no launch letter: its number and date are placeholders. The theme and the three
        // contents are those the cluster committed to for 2023.
        var drafted = await council.PostAsJsonAsync("/api/v1/campaigns", new
        {
            launchingAuthorityId = city.Id,
            title = "Phong trào thi đua năm 2023",
            theme = "Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển",
            kind = "regular",
            periodStart = "2023-01-01",
            periodEnd = "2023-12-31",
            letter = new { number = "01/KH-UBND", date = "2023-01-05", signerName = "Chủ tịch UBND Thành phố", signerTitle = "Chủ tịch" },
            contents = new[]
            {
                new { code = "1", text = "Thi đua phát triển kinh tế - xã hội, thi đua thực hiện các nhiệm vụ chính trị được giao, các nhiệm vụ trọng tâm của cơ quan, đơn vị" },
                new { code = "2", text = "Thi đua thực hiện các chủ trương của Đảng, chính sách và pháp luật của Nhà nước; xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh" },
                new { code = "3", text = "Thi đua tổ chức triển khai kịp thời và thực hiện tốt các nhiệm vụ về công tác thi đua, khen thưởng" },
            },
            registrationDeadline = "2023-03-31",
            scopeUnitIds = units.Select(u => u.Id).ToArray(), // Cụm thi đua số 7
        }, Json, Ct);
        drafted.StatusCode.ShouldBe(HttpStatusCode.Created, await drafted.Content.ReadAsStringAsync(Ct));
        var campaign = await ReadAsync<CampaignDetailsDto>(drafted);
        (await council.PostAsync($"/api/v1/campaigns/{campaign.Id}/launch", null, Ct)).EnsureSuccessStatusCode();

        foreach (var (unit, (_, _, targets, models)) in units.Zip(Departments))
        {
            var registered = await ClientFor(Roles.UnitOfficer, unit.Id).PutAsJsonAsync(
                $"/api/v1/campaigns/{campaign.Id}/registrations/{unit.Id}",
                new { targetTitles = targets, models = models.Select(m => new { name = m }).ToArray() },
                Json,
                Ct);
            registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync(Ct));
        }

        var summary = await ReadAsync<CampaignOverviewDto>(await Admin.GetAsync($"/api/v1/campaigns/{campaign.Id}/summary", Ct));
        summary.UnitsAddressed.ShouldBe(6);
        summary.Registrations.ShouldBe(new RegistrationCountsDto(6, 0, 0, 0)); // 100 % of the cluster registered
        summary.TargetTitles.Select(t => (t.AwardType.Code, t.AwardType.Name, t.Submitted)).ShouldBe(
            [(CityFlag, "Cờ thi đua của UBND tỉnh", 6), (GovernmentFlag, "Cờ thi đua của Chính phủ", 4)]);
        summary.IndividualTargetTitles.ShouldBeEmpty();
        summary.EmulationModels.ShouldBe(13);

        var url = $"/api/v1/campaigns/{campaign.Id}/registrations";
        var government = await ReadAsync<Page<RegistrationSummaryDto>>(await Admin.GetAsync($"{url}?targetTitle=co_thi_dua_cp", Ct));
        government.Items.Select(r => r.Unit.Code).ShouldBe(["SGDDT-HN", "SYT-HN", "SLDTBXH-HN", "SVHTT-HN"]);
        var all = await ReadAsync<Page<RegistrationSummaryDto>>(await Admin.GetAsync($"{url}?targetTitle={CityFlag}", Ct));
        all.Items.Select(r => (r.Unit.Code, r.Models)).ShouldBe(Departments.Select(d => (d.Code, d.Models.Length)));
        var health = await ReadAsync<RegistrationDto>(await Admin.GetAsync($"{url}/{units[1].Id}", Ct));
        health.Models.Select(m => m.Name).ShouldBe(Departments[1].Models);

        // The city's council approves all six.
        foreach (var unit in units)
        {
            (await council.PostAsync($"{url}/{unit.Id}/approve", null, Ct)).EnsureSuccessStatusCode();
        }

        (await ReadAsync<CampaignOverviewDto>(await Admin.GetAsync($"/api/v1/campaigns/{campaign.Id}/summary", Ct))).Registrations
            .ShouldBe(new RegistrationCountsDto(0, 6, 0, 0));
    }
}
