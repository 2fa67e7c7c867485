using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Awards;
using ThiDua.Application.Awards.LookUpAwards;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.People;
using ThiDua.Application.Units;

namespace ThiDua.Api.FunctionalTests.Awards;

/// <summary>
/// Two provinces' health sectors around the 2025 mergers, with awards to people and units, for the award lookup tests.
/// <list type="bullet">
/// <item>Sở Y tế Hà Nam (with its provincial hospital and a ward health station) is merged into Sở Y tế Ninh Bình on
/// 2025-07-01; the hospital then moves under Ninh Bình, the station stays under its merged Sở.</item>
/// <item>Trung tâm Y tế Kim Bảng is merged into Trung tâm Y tế Duy Tiên (both under Ninh Bình).</item>
/// <item>Sở Y tế Hải Phòng, with Bệnh viện Việt Tiệp, is another authority. Tuấn leaves Ninh Bình's hospital for Việt
/// Tiệp on 2025-09-01, after an award at Ninh Bình.</item>
/// </list>
/// Awards: Lan CSTĐCS 2023 and LĐTT 2024 (revoked) at the Hà Nam hospital; Sở Hà Nam TTLĐTT 2024; the Hà Nam station
/// TTLĐTT 2023; Kim Bảng TTLĐTT 2024; Minh LĐTT 2024 at Duy Tiên; Tuấn LĐTT 2023 at the Ninh Bình hospital; Hoa LĐTT 2024
/// and Việt Tiệp TTLĐTT 2024 in Hải Phòng.
/// </summary>
public abstract class AwardLookupTestBase(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    protected const string LanCitizenId = "035185012345";
    protected const string MinhCitizenId = "035190054321";
    protected const string TuanCitizenId = "031188077777";
    protected const string HoaCitizenId = "031192033333";

    protected UnitDetailsDto Nb { get; private set; } = null!;

    protected UnitDetailsDto Hn { get; private set; } = null!;

    protected UnitDetailsDto BvHn { get; private set; } = null!;

    protected UnitDetailsDto TytHn { get; private set; } = null!;

    protected UnitDetailsDto BvNb { get; private set; } = null!;

    protected UnitDetailsDto KimBang { get; private set; } = null!;

    protected UnitDetailsDto DuyTien { get; private set; } = null!;

    protected UnitDetailsDto Hp { get; private set; } = null!;

    protected UnitDetailsDto VietTiep { get; private set; } = null!;

    protected PersonDto Lan { get; private set; } = null!;

    protected PersonDto Minh { get; private set; } = null!;

    protected PersonDto Tuan { get; private set; } = null!;

    protected PersonDto Hoa { get; private set; } = null!;

    protected AwardRecordDto LanCstdcs2023 { get; private set; } = null!;

    protected AwardRecordDto LanLdtt2024 { get; private set; } = null!;

    protected AwardRecordDto HnCollective2024 { get; private set; } = null!;

    protected AwardRecordDto TytHnCollective2023 { get; private set; } = null!;

    protected AwardRecordDto KimBangCollective2024 { get; private set; } = null!;

    protected AwardRecordDto MinhLdtt2024 { get; private set; } = null!;

    protected AwardRecordDto TuanLdtt2023 { get; private set; } = null!;

    protected AwardRecordDto HoaLdtt2024 { get; private set; } = null!;

    protected AwardRecordDto VietTiepCollective2024 { get; private set; } = null!;

    protected HttpClient CouncilNb => ClientFor(Roles.Council, Nb.Id);

    protected HttpClient CouncilHp => ClientFor(Roles.Council, Hp.Id);

    protected HttpClient IntegrationNb => ClientFor(Roles.Integration, Nb.Id, Scopes.Read);

    protected HttpClient OfficerOf(UnitDetailsDto unit) => ClientFor(Roles.UnitOfficer, unit.Id);

    protected async Task ArrangeAsync()
    {
        Factory.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));
        Nb = await Admin.CreateUnitAsync("SYT-NB", "Sở Y tế Ninh Bình", kind: "department", province: "Ninh Bình");
        Hn = await Admin.CreateUnitAsync("SYT-HN", "Sở Y tế Hà Nam", kind: "department", province: "Hà Nam");
        BvHn = await Admin.CreateUnitAsync("BVDK-HN", "Bệnh viện Đa khoa tỉnh Hà Nam", parentId: Hn.Id, province: "Hà Nam");
        TytHn = await Admin.CreateUnitAsync("TYT-LHP", "Trạm Y tế phường Lê Hồng Phong", parentId: Hn.Id, kind: "other", province: "Hà Nam");
        BvNb = await Admin.CreateUnitAsync("BVDK-NB", "Bệnh viện Đa khoa tỉnh Ninh Bình", parentId: Nb.Id, province: "Ninh Bình");
        KimBang = await Admin.CreateUnitAsync("TTYT-KB", "Trung tâm Y tế huyện Kim Bảng", parentId: Nb.Id, kind: "centre", province: "Ninh Bình");
        DuyTien = await Admin.CreateUnitAsync("TTYT-DT", "Trung tâm Y tế Duy Tiên", parentId: Nb.Id, kind: "centre", province: "Ninh Bình");
        Hp = await Admin.CreateUnitAsync("SYT-HP", "Sở Y tế Hải Phòng", kind: "department", province: "Hải Phòng");
        VietTiep = await Admin.CreateUnitAsync("BV-VT", "Bệnh viện Hữu nghị Việt Tiệp", parentId: Hp.Id, province: "Hải Phòng");

        Lan = await RegisterAsync("Nguyễn Thị Lan", "female", "1985-03-02", LanCitizenId, "V.08.01.03-0001", BvHn.Id);
        Minh = await RegisterAsync("Trần Văn Minh", "male", "1990-05-04", MinhCitizenId, "V.08.05.11-0002", DuyTien.Id);
        Tuan = await RegisterAsync("Lê Anh Tuấn", "male", "1988-07-07", TuanCitizenId, "V.08.01.03-0003", BvNb.Id);
        Hoa = await RegisterAsync("Phạm Thị Hoa", "female", "1992-09-09", HoaCitizenId, "V.08.01.03-0004", VietTiep.Id);

        LanCstdcs2023 = await ImportAsync($"/api/v1/people/{Lan.Id}/awards", "CSTDCS", 2023, "23/QĐ-SYT", "2024-01-15", "Sở Y tế Hà Nam");
        LanLdtt2024 = await ImportAsync($"/api/v1/people/{Lan.Id}/awards", "LDTT", 2024, "124/QĐ-BVHN", "2025-01-10", "Bệnh viện Đa khoa tỉnh Hà Nam");
        HnCollective2024 = await ImportAsync($"/api/v1/units/{Hn.Id}/awards", "TTLDTT", 2024, "15/QĐ-UBND", "2025-01-20", "UBND tỉnh Hà Nam");
        TytHnCollective2023 = await ImportAsync($"/api/v1/units/{TytHn.Id}/awards", "TTLDTT", 2023, "16/QĐ-SYT", "2024-01-16", "Sở Y tế Hà Nam");
        KimBangCollective2024 = await ImportAsync($"/api/v1/units/{KimBang.Id}/awards", "TTLDTT", 2024, "17/QĐ-SYT", "2025-01-17", "Sở Y tế Ninh Bình");
        MinhLdtt2024 = await ImportAsync($"/api/v1/people/{Minh.Id}/awards", "LDTT", 2024, "18/QĐ-TTYT", "2025-01-18", "Trung tâm Y tế Duy Tiên");
        TuanLdtt2023 = await ImportAsync($"/api/v1/people/{Tuan.Id}/awards", "LDTT", 2023, "19/QĐ-BVNB", "2024-01-19", "Bệnh viện Đa khoa tỉnh Ninh Bình");
        HoaLdtt2024 = await ImportAsync($"/api/v1/people/{Hoa.Id}/awards", "LDTT", 2024, "20/QĐ-BVVT", "2025-01-20", "Bệnh viện Hữu nghị Việt Tiệp");
        VietTiepCollective2024 = await ImportAsync($"/api/v1/units/{VietTiep.Id}/awards", "TTLDTT", 2024, "21/QĐ-SYT", "2025-01-21", "Sở Y tế Hải Phòng");

        await LineageAsync(Hn.Id, new { type = "merge", effectiveOn = "2025-07-01", successorId = Nb.Id, legalBasis = TestData.LegalBasis("202/2025/QH15", "2025-06-12") });
        await LineageAsync(BvHn.Id, new { type = "transfer", effectiveOn = "2025-07-01", newParentId = Nb.Id, legalBasis = TestData.LegalBasis("1/QĐ-UBND", "2025-07-01") });
        await LineageAsync(KimBang.Id, new { type = "merge", effectiveOn = "2025-07-01", successorId = DuyTien.Id, legalBasis = TestData.LegalBasis("2/QĐ-UBND", "2025-06-25") });
        (await Admin.PostAsJsonAsync($"/api/v1/people/{Tuan.Id}/transfers", new { unitId = VietTiep.Id, position = "Bác sĩ", from = "2025-09-01" }, Json, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var revoked = await Admin.PostAsJsonAsync($"/api/v1/awards/{LanLdtt2024.Id}/revoke", new
        {
            ground = "falseDossier", decision = new { number = "30/QĐ-SYT", date = "2025-11-20", issuer = "Sở Y tế Ninh Bình" }, reason = "Hồ sơ kê khai không trung thực",
        }, Json, Ct);
        revoked.StatusCode.ShouldBe(HttpStatusCode.OK, await revoked.Content.ReadAsStringAsync(Ct));
    }

    protected async Task<PersonDto> RegisterAsync(string fullName, string gender, string birthDate, string citizenId, string civilServantCode, Guid unitId)
    {
        var response = await Admin.PostAsJsonAsync("/api/v1/people", new
        {
            fullName, gender, birthDate, citizenId, civilServantCode, unitId, position = "Bác sĩ", employedFrom = "2015-01-01",
        }, Json, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await ReadAsync<PersonDto>(response);
    }

    protected async Task<AwardRecordDto> ImportAsync(string path, string code, int year, string number, string date, string issuer, string type = "merit")
    {
        var response = await Admin.PostAsJsonAsync(path, new { awardTypeCode = code, year, commendationType = type, decision = new { number, date, issuer } }, Json, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await ReadAsync<AwardRecordDto>(response);
    }

    protected async Task LineageAsync(Guid unitId, object body)
    {
        var response = await Admin.PostAsJsonAsync($"/api/v1/units/{unitId}/lineage-events", body, Json, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>GET /api/v1/awards with a query string; asserts 200.</summary>
    protected static async Task<Page<AwardLookupItemDto>> GetAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync($"/api/v1/awards{(query.Length > 0 ? "?" + query : string.Empty)}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await ReadAsync<Page<AwardLookupItemDto>>(response);
    }

    /// <summary>POST /api/v1/awards/lookup with a body; asserts 200.</summary>
    protected static async Task<Page<AwardLookupItemDto>> LookUpAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/awards/lookup", body, Json, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await ReadAsync<Page<AwardLookupItemDto>>(response);
    }

    protected static List<string[]> ReadSheet(byte[] content)
    {
        using var stream = new MemoryStream(content);
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single();
        sheet.Name!.Value.ShouldBe("Tra cứu khen thưởng");
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!);
        return part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToArray())
            .ToList();
    }

    protected static IEnumerable<Guid> Ids(Page<AwardLookupItemDto> page) => page.Items.Select(i => i.Id);
}
